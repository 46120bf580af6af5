import { awardRulesSchema, type AwardRules, type SidePrize, type TrackTieBreak } from '@contest/contracts';
import { combinationRefusal, prizeAmount } from '@contest/domain';

export type CombinationKind = AwardRules['combination']['kind'];

/** A main or unit prize as typed; '' while a number field is empty. `key` keeps React rows stable. */
export interface PrizeRowDraft {
  key: number;
  label: string;
  count: number | '';
  amount: number | '';
}

export interface SidePrizeDraft {
  key: number;
  label: string;
  /** One of the track's scored stages; null until one is picked. */
  stageId: number | null;
  /** A part of that stage (a live final's), or null for the whole stage. */
  part: number | null;
  for: SidePrize['for'];
  amount: number | '';
}

export interface AwardDraft {
  combination: CombinationKind;
  /** One weight per scored stage in order, kept while another rule is chosen. */
  weights: (number | '')[];
  tieBreaks: TrackTieBreak[];
  main: PrizeRowDraft[];
  groupMultiplier: number | '';
  side: SidePrizeDraft[];
  units: PrizeRowDraft[];
}

export const MAX_MAIN_PRIZES = 10;
export const MAX_SIDE_PRIZES = 20;
export const MAX_UNIT_PRIZES = 10;

const round2 = (value: number) => Math.round(value * 100) / 100;

/** 100 split evenly over the stages, two decimals, the last stage taking what rounding leaves. */
export function evenWeights(count: number): number[] {
  if (count <= 0) return [];
  const share = Math.floor(10_000 / count) / 100;
  return Array.from({ length: count }, (_, i) =>
    i === count - 1 ? round2(100 - share * (count - 1)) : share,
  );
}

/** The weights typed so far, added up (an empty field counts as 0), to show against 100. */
export const weightsSum = (weights: readonly (number | '')[]): number =>
  round2(weights.reduce<number>((sum, weight) => sum + (weight === '' ? 0 : weight), 0));

/** What a group takes for a prize: the individual amount times the multiplier, as the server rounds it. */
export function groupAmount(amount: number | '', multiplier: number | ''): number | null {
  if (amount === '' || multiplier === '') return null;
  return prizeAmount(amount, true, multiplier);
}

export function rulesToDraft(rules: AwardRules, stageCount: number): AwardDraft {
  const { combination } = rules;
  return {
    combination: combination.kind,
    weights:
      combination.kind === 'weighted' && combination.weights.length === stageCount
        ? [...combination.weights]
        : evenWeights(stageCount),
    tieBreaks: [...rules.tieBreaks],
    main: rules.main.map((prize, key) => ({ key, ...prize })),
    groupMultiplier: rules.groupMultiplier,
    side: rules.side.map((prize, key) => ({ key, ...prize })),
    units: rules.units.map((prize, key) => ({ key, ...prize })),
  };
}

/** What a problem is attached to: a whole field, or one cell of a prize row (`main.1.amount`). */
export type AwardField =
  | 'combination'
  | 'weights'
  | 'tieBreaks'
  | 'groupMultiplier'
  | 'main'
  | 'side'
  | 'units'
  | `${'main' | 'side' | 'units'}.${number}.${string}`;

const blankToNaN = (value: number | ''): number => (value === '' ? Number.NaN : value);
const withoutKey = <T extends { key: number }>({ key: _key, ...rest }: T): Omit<T, 'key'> => rest;

function combinationOf(draft: AwardDraft): AwardRules['combination'] {
  return draft.combination === 'weighted'
    ? { kind: 'weighted', weights: draft.weights.map(blankToNaN) }
    : { kind: draft.combination };
}

/**
 * The request from the form, or every field that is wrong: the schema's rules, and the server's own
 * about weights (one per scored stage, adding up to 100) said before sending.
 */
export function draftToRules(
  draft: AwardDraft,
  stageCount: number,
): { ok: true; rules: AwardRules } | { ok: false; problems: AwardField[] } {
  const combination = combinationOf(draft);
  const result = awardRulesSchema.safeParse({
    combination,
    tieBreaks: draft.tieBreaks,
    main: draft.main.map((prize) => ({
      label: prize.label,
      count: blankToNaN(prize.count),
      amount: blankToNaN(prize.amount),
    })),
    groupMultiplier: blankToNaN(draft.groupMultiplier),
    side: draft.side.map((prize) => ({
      ...withoutKey(prize),
      stageId: prize.stageId ?? Number.NaN,
      amount: blankToNaN(prize.amount),
    })),
    units: draft.units.map((prize) => ({
      label: prize.label,
      count: blankToNaN(prize.count),
      amount: blankToNaN(prize.amount),
    })),
  });
  const problems = new Set<AwardField>();
  if (!result.success)
    for (const issue of result.error.issues) problems.add(fieldOfPath(issue.path) ?? 'combination');
  if (combination.kind === 'weighted' && combinationRefusal(combination, stageCount)) problems.add('weights');
  if (result.success && problems.size === 0) return { ok: true, rules: result.data };
  return { ok: false, problems: [...problems] };
}

/** The form field a schema (or server) issue path points at: `main.0.label`, `combination.weights.1`… */
export function fieldOfPath(path: readonly PropertyKey[]): AwardField | null {
  const [head, index, cell] = path.map(String);
  if (head === 'combination') return index === 'weights' ? 'weights' : 'combination';
  if ((head === 'main' || head === 'side' || head === 'units') && index !== undefined)
    return cell !== undefined ? `${head}.${Number(index)}.${cell}` : head;
  const fields: readonly AwardField[] = ['tieBreaks', 'groupMultiplier', 'main', 'side', 'units'];
  return fields.find((field) => field === head) ?? null;
}

export type AwardProblemKind =
  | 'combination'
  | 'weights'
  | 'tieBreaks'
  | 'groupMultiplier'
  | 'main'
  | 'side'
  | 'units'
  | 'label'
  | 'count'
  | 'amount'
  | 'stageId'
  | 'part';

const CELLS: readonly AwardProblemKind[] = ['label', 'count', 'amount', 'stageId', 'part'];

/** The message a field's problem takes: a prize cell's by its column, any other by its field. */
export function problemKind(field: AwardField): AwardProblemKind {
  const [head, , cell] = field.split('.');
  if (cell === undefined) return head as AwardProblemKind;
  return CELLS.find((kind) => kind === cell) ?? (head as AwardProblemKind);
}

/**
 * How a track's total is made and how ties break are stated before the event: once the last scored
 * stage has a score the server refuses a change to them (prizes may still change until publishing).
 */
export function statedRulesFixed(scoredStages: readonly { judgingStartedAt: string | null }[]): boolean {
  const last = scoredStages.at(-1);
  return last !== undefined && last.judgingStartedAt !== null;
}
