import {
  VIDEO_FORMATS,
  initiativeTemplate,
  trackSettingsSchema,
  type InitiativeTemplate,
  type InitiativeTemplateKey,
  type Track,
  type TrackCreate,
  type TrackSettings,
  type TrackSubmitter,
} from '@contest/contracts';

import { isoToVnLocal, nextVnMondayAt, vnLocalToIso } from '../../../lib/contest-time';
import {
  draftToInitiative,
  emptyInitiativeDraft,
  initiativeCrossProblems,
  initiativeFieldOfPath,
  initiativeToDraft,
  presetAreas,
  type InitiativeDraft,
  type InitiativeField,
} from '../initiatives/initiative-form';

type VideoFormat = (typeof VIDEO_FORMATS)[number];
type Count = number | '';

/** A call for entries as the form holds it: times as Vietnam clock text, numbers '' while empty. */
export interface TrackDraft {
  title: string;
  rulesText: string;
  opensAt: string;
  closesAt: string;
  submitter: TrackSubmitter;
  entriesPerUnit: Count;
  topics: string[];
  allowFiles: boolean;
  allowLinks: boolean;
  maxMegabytes: Count;
  maxDurationSeconds: Count;
  formats: VideoFormat[];
  /** An initiative track's forms, authorship and quotas; null on a clip track. */
  initiative: InitiativeDraft | null;
  /** The unit a district's own call is limited to (its units send, its units' quotas count). */
  scope: { id: number; name: string } | null;
  /**
   * A new initiative call's units deadline (Vietnam clock text). Only sent when the call is
   * created: afterwards it is the pre-screening stage's close, edited on that stage's card.
   */
  unitDeadline: string;
  /** A new initiative call started from one of the four real contests (its stages and prizes follow). */
  template: InitiativeTemplateKey | null;
}

export type TrackField =
  | 'title'
  | 'rulesText'
  | 'opensAt'
  | 'closesAt'
  | 'submitter'
  | 'entriesPerUnit'
  | 'topics'
  | 'media'
  | 'maxMegabytes'
  | 'maxDurationSeconds'
  | 'formats'
  | 'initiative'
  | `initiative.${InitiativeField}`
  | 'unitDeadline'
  | 'scope';

const INITIATIVE_PATHS: Readonly<Record<string, TrackField>> = {
  'initiative.forms': 'initiative.forms',
  'initiative.individual': 'initiative.authorship',
  'initiative.group': 'initiative.authorship',
  'initiative.maxAuthors': 'initiative.maxAuthors',
  'initiative.quotas': 'initiative.quotas',
  'initiative.attachmentMegabytes': 'initiative.attachmentMegabytes',
};

const FIELD_OF_KEY: Readonly<Record<keyof TrackSettings, TrackField>> = {
  title: 'title',
  rulesText: 'rulesText',
  opensAt: 'opensAt',
  closesAt: 'closesAt',
  submitter: 'submitter',
  entriesPerUnit: 'entriesPerUnit',
  topics: 'topics',
  allowFiles: 'media',
  allowLinks: 'media',
  maxMegabytes: 'maxMegabytes',
  maxDurationSeconds: 'maxDurationSeconds',
  formats: 'formats',
  initiative: 'initiative',
  scopeUnitId: 'scope',
};

/** Server issue paths → form fields: `title` for an update, `settings.title` for a new call. */
export const TRACK_FIELD_BY_PATH: Readonly<Record<string, TrackField>> = Object.fromEntries([
  ...[...Object.entries(FIELD_OF_KEY), ...Object.entries(INITIATIVE_PATHS)].flatMap(([key, field]) => [
    [key, field],
    [`settings.${key}`, field],
  ]),
  ['unitDeadline', 'unitDeadline'],
]);

const DAY_MS = 86_400_000;

/**
 * A new call starts from what most calls look like: opening next Monday morning for two weeks,
 * sent by unit admins, files and links both allowed, every format the worker converts.
 */
export function emptyTrackDraft(topics: readonly string[], now: Date): TrackDraft {
  const opensAt = nextVnMondayAt(8, now);
  const closesDay = new Date(Date.parse(`${opensAt}:00Z`) + 14 * DAY_MS).toISOString().slice(0, 10);
  return {
    title: '',
    rulesText: '',
    opensAt,
    closesAt: `${closesDay}T17:00`,
    submitter: 'unit_admin',
    entriesPerUnit: 3,
    topics: [...topics],
    allowFiles: true,
    allowLinks: true,
    maxMegabytes: 500,
    maxDurationSeconds: 300,
    formats: [...VIDEO_FORMATS],
    initiative: null,
    scope: null,
    unitDeadline: '',
    template: null,
  };
}

/**
 * An initiative call filled from a real contest: its areas, who may send and how, forwarding
 * quotas and limit; a title and rules left empty take the contest's. The server adds its stages,
 * rubrics, combination and prizes when the call is created.
 */
export function asTemplateDraft(
  draft: TrackDraft,
  template: InitiativeTemplate,
  words: TemplateWords,
): TrackDraft {
  const initiative = asInitiativeDraft(draft);
  return {
    ...initiative,
    title: draft.title.trim() ? draft.title : words.name,
    rulesText: draft.rulesText.trim() ? draft.rulesText : words.summary,
    topics: [...template.areas],
    entriesPerUnit: template.entriesPerUnit,
    initiative: initiativeToDraft(template.initiative),
    template: template.key,
  };
}

/** A template's name and summary, in the reader's language. */
export interface TemplateWords {
  name: string;
  summary: string;
}

/**
 * The same call made an initiative call: authors send (to their own unit), the areas start from
 * the province's list, a video (if the call takes one) is uploaded as a file, and units have a
 * week after the call closes to forward what they chose.
 */
export function asInitiativeDraft(draft: TrackDraft): TrackDraft {
  const closesDay = draft.closesAt.slice(0, 10);
  const deadline = closesDay ? new Date(Date.parse(`${closesDay}T00:00:00Z`) + 7 * DAY_MS) : null;
  return {
    ...draft,
    submitter: 'participant',
    topics: presetAreas('province'),
    allowFiles: true,
    allowLinks: false,
    initiative: emptyInitiativeDraft(),
    unitDeadline:
      deadline && !Number.isNaN(deadline.getTime()) ? `${deadline.toISOString().slice(0, 10)}T17:00` : '',
    template: null,
  };
}

/** Back to a clip call: the contest's topics, who sends and how, as a new clip call has them. */
export function asClipDraft(draft: TrackDraft, topics: readonly string[]): TrackDraft {
  return {
    ...draft,
    submitter: 'unit_admin',
    topics: [...topics],
    allowFiles: true,
    allowLinks: true,
    initiative: null,
    unitDeadline: '',
    template: null,
  };
}

export function trackToDraft(track: Track): TrackDraft {
  return {
    title: track.title,
    rulesText: track.rulesText,
    opensAt: isoToVnLocal(track.opensAt),
    closesAt: isoToVnLocal(track.closesAt),
    submitter: track.submitter,
    entriesPerUnit: track.entriesPerUnit,
    topics: [...track.topics],
    allowFiles: track.allowFiles,
    allowLinks: track.allowLinks,
    maxMegabytes: track.maxMegabytes,
    maxDurationSeconds: track.maxDurationSeconds,
    formats: VIDEO_FORMATS.filter((format) => track.formats.includes(format)),
    initiative: track.initiative ? initiativeToDraft(track.initiative) : null,
    scope:
      track.scopeUnitId === null
        ? null
        : { id: track.scopeUnitId, name: track.scopeUnitName ?? `#${track.scopeUnitId}` },
    unitDeadline: '',
    template: null,
  };
}

const CROSS_FIELD_REASONS: readonly unknown[] = [
  'closes_before_opens',
  'track_needs_file_or_link',
  'initiative_video_needs_files',
];
const isCrossFieldIssue = (issue: { code: string; params?: Record<string, unknown> }) =>
  issue.code === 'custom' && CROSS_FIELD_REASONS.includes(issue.params?.reason);

const numberOrNaN = (value: Count): number => (value === '' ? Number.NaN : value);

/**
 * The instant a datetime input means. An input shows whole minutes, so a time left as it was keeps
 * the saved instant (seconds and all) instead of being moved to the start of its minute.
 */
export function instantOf(local: string, saved: string | null | undefined): string | null {
  if (saved && isoToVnLocal(saved) === local) return saved;
  return vnLocalToIso(local);
}

type SavedWindow = Pick<Track, 'opensAt' | 'closesAt'> | null;

export function draftToSettings(draft: TrackDraft, saved: SavedWindow = null): TrackSettings {
  return {
    title: draft.title.trim(),
    rulesText: draft.rulesText.trim(),
    opensAt: instantOf(draft.opensAt, saved?.opensAt) ?? '',
    closesAt: instantOf(draft.closesAt, saved?.closesAt) ?? '',
    submitter: draft.submitter,
    entriesPerUnit: numberOrNaN(draft.entriesPerUnit),
    topics: draft.topics.map((topic) => topic.trim()).filter(Boolean),
    allowFiles: draft.allowFiles,
    allowLinks: draft.allowLinks,
    maxMegabytes: numberOrNaN(draft.maxMegabytes),
    maxDurationSeconds: numberOrNaN(draft.maxDurationSeconds),
    formats: VIDEO_FORMATS.filter((format) => draft.formats.includes(format)),
    initiative: draft.initiative ? draftToInitiative(draft.initiative) : null,
    scopeUnitId: draft.scope?.id ?? null,
  };
}

/** The settings to send, or the fields to fix, checked with the same schema the api uses. */
export function validateTrackDraft(
  draft: TrackDraft,
  saved: SavedWindow = null,
): { ok: true; settings: TrackSettings } | { ok: false; problems: TrackField[] } {
  const settings = draftToSettings(draft, saved);
  const result = trackSettingsSchema.safeParse(settings);
  if (result.success) return { ok: true, settings: result.data };
  const problems = new Set<TrackField>();
  for (const issue of result.error.issues) {
    // The schema's cross-field checks also run when a field did not parse: they are redone below.
    if (isCrossFieldIssue(issue)) continue;
    const field = fieldOfPath(issue.path);
    if (field) problems.add(field);
  }
  if (settings.opensAt && settings.closesAt && Date.parse(settings.closesAt) <= Date.parse(settings.opensAt))
    problems.add('closesAt');
  // A clip comes as a file or a link; an initiative is written, and its video, if it takes one, is a file.
  if (
    settings.initiative === null ? !settings.allowFiles && !settings.allowLinks : videoWithoutFiles(settings)
  )
    problems.add('media');
  if (settings.initiative)
    for (const field of initiativeCrossProblems(settings.initiative)) problems.add(`initiative.${field}`);
  // A refusal the form cannot place on a field: let the api word it.
  if (problems.size === 0) return { ok: true, settings };
  return { ok: false, problems: [...problems] };
}

const videoWithoutFiles = (settings: TrackSettings): boolean =>
  settings.initiative !== null && settings.initiative.forms.includes('video') && !settings.allowFiles;

function fieldOfPath(path: readonly PropertyKey[]): TrackField | null {
  const head = String(path[0] ?? '');
  if (head === 'initiative') {
    const field = initiativeFieldOfPath(path.slice(1));
    return field ? `initiative.${field}` : 'initiative';
  }
  return TRACK_FIELD_BY_PATH[head] ?? null;
}

/**
 * A new call as the api takes it: an initiative call also needs its units deadline, after the
 * call opens (units forward what their people sent until then).
 */
/** A district's contest from its template, with no district chosen yet. */
export const needsScope = (draft: TrackDraft): boolean =>
  draft.initiative !== null &&
  draft.template !== null &&
  initiativeTemplate(draft.template)?.scoped === true &&
  draft.scope === null;

export function validateTrackCreate(
  draft: TrackDraft,
): { ok: true; body: TrackCreate } | { ok: false; problems: TrackField[] } {
  const result = validateTrackDraft(draft);
  const problems = result.ok ? [] : [...result.problems];
  let unitDeadline: string | null = null;
  if (draft.initiative) {
    unitDeadline = vnLocalToIso(draft.unitDeadline);
    const opensAt = vnLocalToIso(draft.opensAt);
    if (!unitDeadline || (opensAt && Date.parse(unitDeadline) <= Date.parse(opensAt)))
      problems.push('unitDeadline');
    if (needsScope(draft)) problems.push('scope');
  }
  if (!result.ok || problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    body: {
      kind: draft.initiative ? 'initiative' : 'clip',
      settings: result.settings,
      unitDeadline,
      template: draft.initiative ? draft.template : null,
    },
  };
}
