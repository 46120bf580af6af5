import {
  stageSettingsSchema,
  type AggregationMethod,
  type EntryTieBreak,
  type Stage,
  type StagePhase,
  type StageSettings,
  type VoterRule,
} from '@contest/contracts';

import { isoToVnLocal } from '../../../lib/contest-time';
import { instantOf } from './track-form';

type Count = number | '';

/** A rubric row as typed; `key` keeps React rows stable, `id` ties it to the criterion already saved. */
export interface CriterionDraft {
  key: number;
  id: number | null;
  name: string;
  maxPoints: Count;
  guidance: string;
  /** A live final's part the criterion is scored in (index into the draft's parts); null elsewhere. */
  part: number | null;
}

/** A part of a live final as typed: its name and its time in minutes (the api takes seconds). */
export interface PartDraft {
  key: number;
  name: string;
  minutes: Count;
}

export interface StagePrizeDraft {
  key: number;
  label: string;
  count: Count;
}

export interface StageDraft {
  name: string;
  /** The stage's own window, in Vietnam time as typed; empty: when the call closes / until the lock. */
  opensAt: string;
  closesAt: string;
  criteria: CriterionDraft[];
  aggregation: AggregationMethod;
  judgesPerEntry: Count;
  votePoints: Count;
  votesOpenAt: string;
  votesCloseAt: string;
  voters: VoterRule;
  votesExcludeOwnUnit: boolean;
  /** Empty: an account may vote for every entry. */
  votesPerAccount: Count;
  votesPerIpPerHour: Count;
  /** Authors may add attachments while the stage is open. */
  allowsMaterial: boolean;
  /** The tie-breaks in use, in the order they apply. */
  tieBreaks: EntryTieBreak[];
  prizes: StagePrizeDraft[];
  /** A live final: its criteria belong to parts performed in order; any other stage has no parts. */
  live: boolean;
  parts: PartDraft[];
  /** Where public points come from: not edited on this form, kept as saved. */
  publicSource: Stage['publicSource'];
}

type CriterionCell = 'name' | 'maxPoints' | 'guidance' | 'part';
type PrizeCell = 'label' | 'count';
/** `criteria` marks a part no criterion belongs to. */
type PartCell = 'name' | 'seconds' | 'criteria';
const CRITERION_CELLS: readonly CriterionCell[] = ['name', 'maxPoints', 'guidance', 'part'];
const PART_CELLS: readonly PartCell[] = ['name', 'seconds', 'criteria'];

export type StageField =
  | 'name'
  | 'opensAt'
  | 'closesAt'
  | 'criteria'
  | 'aggregation'
  | 'judgesPerEntry'
  | 'votePoints'
  | 'votesOpenAt'
  | 'votesCloseAt'
  | 'votesPerAccount'
  | 'votesPerIpPerHour'
  | 'tieBreaks'
  | 'prizes'
  | 'parts'
  | `criteria.${number}.${CriterionCell}`
  | `prizes.${number}.${PrizeCell}`
  | `parts.${number}.${PartCell}`;

export const MAX_CRITERIA = 20;
export const MAX_STAGE_PRIZES = 10;
/** As the contract allows (a presentation, a debate, the judges' questions…). */
export const MAX_PARTS = 6;

const WHOLE_FIELDS: readonly StageField[] = [
  'name',
  'opensAt',
  'closesAt',
  'criteria',
  'aggregation',
  'judgesPerEntry',
  'votePoints',
  'votesOpenAt',
  'votesCloseAt',
  'tieBreaks',
  'prizes',
  'parts',
];

/** The field an issue path points at: `criteria.2.maxPoints`, `votesOpenAt`, `prizes`… */
export function stageFieldOfPath(path: readonly PropertyKey[]): StageField | null {
  const [head, index, cell] = path.map(String);
  if (head === 'criteria' && /^\d+$/.test(index ?? '') && CRITERION_CELLS.includes(cell as CriterionCell))
    return `criteria.${Number(index)}.${cell as CriterionCell}`;
  if (head === 'parts' && /^\d+$/.test(index ?? '') && PART_CELLS.includes(cell as PartCell))
    return `parts.${Number(index)}.${cell as PartCell}`;
  if (head === 'prizes' && /^\d+$/.test(index ?? '') && ['label', 'count'].includes(cell))
    return `prizes.${Number(index)}.${cell as PrizeCell}`;
  return WHOLE_FIELDS.find((field) => field === head) ?? null;
}

export type StageProblem =
  | Exclude<StageField, `criteria.${string}` | `prizes.${string}` | `parts.${string}`>
  | `criteria_${CriterionCell}`
  | `prizes_${PrizeCell}`
  | `parts_${PartCell}`;

/** The message a field's problem takes: a rubric or prize cell by its column, any other by itself. */
export function stageProblem(field: StageField): StageProblem {
  const [head, , cell] = field.split('.');
  return (cell ? `${head}_${cell}` : head) as StageProblem;
}

/** Every path the api can name, for `issuesByField` (which matches whole path prefixes). */
export const STAGE_FIELD_BY_PATH: Readonly<Record<string, StageField>> = Object.fromEntries([
  ...WHOLE_FIELDS.map((field) => [field, field]),
  ...Array.from({ length: MAX_CRITERIA }, (_, i) =>
    CRITERION_CELLS.map((cell) => [`criteria.${i}.${cell}`, `criteria.${i}.${cell}`]),
  ).flat(),
  ...Array.from({ length: MAX_PARTS }, (_, i) =>
    PART_CELLS.map((cell) => [`parts.${i}.${cell}`, `parts.${i}.${cell}`]),
  ).flat(),
  ...Array.from({ length: MAX_STAGE_PRIZES }, (_, i) =>
    (['label', 'count'] as const).map((cell) => [`prizes.${i}.${cell}`, `prizes.${i}.${cell}`]),
  ).flat(),
]);

export function stageToDraft(stage: Stage): StageDraft {
  return {
    name: stage.name,
    criteria: stage.criteria.map((c, key) => ({
      key,
      id: c.id,
      name: c.name,
      maxPoints: c.maxPoints,
      guidance: c.guidance,
      part: c.part,
    })),
    aggregation: stage.aggregation,
    judgesPerEntry: stage.judgesPerEntry,
    votePoints: stage.votePoints,
    votesOpenAt: stage.votesOpenAt ? isoToVnLocal(stage.votesOpenAt) : '',
    votesCloseAt: stage.votesCloseAt ? isoToVnLocal(stage.votesCloseAt) : '',
    opensAt: stage.opensAt ? isoToVnLocal(stage.opensAt) : '',
    closesAt: stage.closesAt ? isoToVnLocal(stage.closesAt) : '',
    voters: stage.voters,
    votesExcludeOwnUnit: stage.votesExcludeOwnUnit,
    votesPerAccount: stage.votesPerAccount ?? '',
    votesPerIpPerHour: stage.votesPerIpPerHour,
    tieBreaks: [...stage.tieBreaks],
    allowsMaterial: stage.allowsMaterial,
    prizes: stage.prizes.map((p, key) => ({ key, label: p.label, count: p.count })),
    live: stage.kind === 'live_final',
    parts: stage.parts.map((p, key) => ({ key, name: p.name, minutes: p.seconds / 60 })),
    publicSource: stage.publicSource,
  };
}

const CROSS_FIELD_REASONS: readonly unknown[] = [
  'closes_before_opens',
  'votes_need_window',
  'tie_break_repeated',
  'criteria_parts_mismatch',
];
const isCrossFieldIssue = (issue: { code: string; params?: Record<string, unknown> }) =>
  issue.code === 'custom' && CROSS_FIELD_REASONS.includes(issue.params?.reason);

const numberOrNaN = (value: Count): number => (value === '' ? Number.NaN : value);
/** Minutes as typed (2.5) to the whole seconds the api keeps (150). */
export const minutesToSeconds = (minutes: Count): number =>
  minutes === '' ? Number.NaN : Math.round(minutes * 60);
const timeOrNull = (local: string, saved: string | null | undefined): string | null =>
  local.trim() ? instantOf(local, saved) : null;

type SavedVotes = Pick<Stage, 'votesOpenAt' | 'votesCloseAt' | 'opensAt' | 'closesAt'> | null;

/** No gallery vote means no voting window: the times typed are dropped rather than kept unused. */
export function draftToStageSettings(draft: StageDraft, saved: SavedVotes = null): StageSettings {
  const votePoints = numberOrNaN(draft.votePoints);
  // Likes and shares typed in need no voting window: only gallery votes run in one.
  const voting = votePoints !== 0 && draft.publicSource === 'votes';
  return {
    name: draft.name.trim(),
    criteria: draft.criteria.map((c) => ({
      ...(c.id === null ? {} : { id: c.id }),
      name: c.name.trim(),
      maxPoints: numberOrNaN(c.maxPoints),
      guidance: c.guidance.trim(),
      // Only a live final's criteria belong to parts: every other stage sends none.
      part: draft.live ? c.part : null,
    })),
    aggregation: draft.aggregation,
    judgesPerEntry: numberOrNaN(draft.judgesPerEntry),
    votePoints,
    votesOpenAt: voting ? timeOrNull(draft.votesOpenAt, saved?.votesOpenAt) : null,
    votesCloseAt: voting ? timeOrNull(draft.votesCloseAt, saved?.votesCloseAt) : null,
    opensAt: timeOrNull(draft.opensAt, saved?.opensAt),
    closesAt: timeOrNull(draft.closesAt, saved?.closesAt),
    voters: draft.voters,
    votesExcludeOwnUnit: draft.votesExcludeOwnUnit,
    votesPerAccount: draft.votesPerAccount === '' ? null : draft.votesPerAccount,
    votesPerIpPerHour: numberOrNaN(draft.votesPerIpPerHour),
    allowsMaterial: draft.allowsMaterial,
    tieBreaks: [...draft.tieBreaks],
    prizes: draft.prizes.map((p) => ({ label: p.label.trim(), count: numberOrNaN(p.count) })),
    parts: draft.live
      ? draft.parts.map((p) => ({ name: p.name.trim(), seconds: minutesToSeconds(p.minutes) }))
      : [],
    publicSource: draft.publicSource,
  };
}

export function validateStageDraft(
  draft: StageDraft,
  saved: SavedVotes = null,
): { ok: true; settings: StageSettings } | { ok: false; problems: StageField[] } {
  const settings = draftToStageSettings(draft, saved);
  const result = stageSettingsSchema.safeParse(settings);
  if (result.success) return { ok: true, settings: result.data };
  const problems = new Set<StageField>();
  for (const issue of result.error.issues) {
    // The schema's cross-field checks also run when a field did not parse: they are redone below.
    if (isCrossFieldIssue(issue)) continue;
    const field = stageFieldOfPath(issue.path);
    if (field) problems.add(field);
  }
  if (new Set(settings.tieBreaks).size !== settings.tieBreaks.length) problems.add('tieBreaks');
  if (settings.votePoints > 0 && settings.publicSource === 'votes') {
    if (settings.votesOpenAt === null) problems.add('votesOpenAt');
    if (settings.votesCloseAt === null) problems.add('votesCloseAt');
    if (
      settings.votesOpenAt &&
      settings.votesCloseAt &&
      Date.parse(settings.votesCloseAt) <= Date.parse(settings.votesOpenAt)
    )
      problems.add('votesCloseAt');
  }
  if (settings.opensAt && settings.closesAt && Date.parse(settings.closesAt) <= Date.parse(settings.opensAt))
    problems.add('closesAt');
  if (draft.live) for (const field of partProblems(settings)) problems.add(field);
  // A refusal the form cannot place on a field: let the api word it.
  if (problems.size === 0) return { ok: true, settings };
  return { ok: false, problems: [...problems] };
}

/**
 * A live final's parts and criteria must match: at least one part, each criterion in one of them,
 * each part with a criterion (the schema's check, placed on the field to fix).
 */
function partProblems({ parts, criteria }: Pick<StageSettings, 'parts' | 'criteria'>): StageField[] {
  if (parts.length === 0) return ['parts'];
  const problems: StageField[] = [];
  criteria.forEach((criterion, index) => {
    if (criterion.part === null || criterion.part >= parts.length) problems.push(`criteria.${index}.part`);
  });
  parts.forEach((_, index) => {
    if (!criteria.some((criterion) => criterion.part === index)) problems.push(`parts.${index}.criteria`);
  });
  return problems;
}

type PartsAndCriteria = { parts: PartDraft[]; criteria: CriterionDraft[] };

/** Removes a part; its criteria are left without one (to be placed again), later parts move up. */
export function removePart({ parts, criteria }: PartsAndCriteria, index: number): PartsAndCriteria {
  return {
    parts: parts.filter((_, at) => at !== index),
    criteria: criteria.map((c) => ({
      ...c,
      part: c.part === null || c.part === index ? null : c.part > index ? c.part - 1 : c.part,
    })),
  };
}

/** Moves a part one place earlier or later; its criteria go with it. */
export function movePart(
  { parts, criteria }: PartsAndCriteria,
  index: number,
  step: -1 | 1,
): PartsAndCriteria {
  const to = index + step;
  if (index < 0 || index >= parts.length || to < 0 || to >= parts.length) return { parts, criteria };
  return {
    parts: moveRow(parts, index, step),
    criteria: criteria.map((c) => ({
      ...c,
      part: c.part === index ? to : c.part === to ? index : c.part,
    })),
  };
}

/**
 * What may still change: everything while the stage is being set up; once a judge has scored,
 * all but the rubric and the method (earlier score sheets would mean something else); nothing
 * once judging is locked.
 */
export function stageEditability(phase: StagePhase): { rubric: boolean; settings: boolean } {
  if (phase === 'setup') return { rubric: true, settings: true };
  if (phase === 'judging') return { rubric: false, settings: true };
  return { rubric: false, settings: false };
}

/** The judges' part of a total: the criteria's maximum points, counting only rows typed in full. */
export function criteriaSum(criteria: readonly Pick<CriterionDraft, 'maxPoints'>[]): number {
  const sum = criteria.reduce((total, c) => total + (c.maxPoints === '' ? 0 : c.maxPoints), 0);
  return Math.round(sum * 100) / 100;
}

export const nextKey = (rows: readonly { key: number }[]): number =>
  Math.max(-1, ...rows.map((row) => row.key)) + 1;

/** Moves a row one place earlier (-1) or later (+1); at either end nothing moves. */
export function moveRow<T>(rows: readonly T[], index: number, step: -1 | 1): T[] {
  const to = index + step;
  if (index < 0 || index >= rows.length || to < 0 || to >= rows.length) return [...rows];
  const next = [...rows];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}
