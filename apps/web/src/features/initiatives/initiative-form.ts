import {
  initiativeDraftSchema,
  type Entry,
  type InitiativeDraft,
  type InitiativeForm,
  type InitiativeSettings,
  type Track,
  type User,
} from '@contest/contracts';
import { initiativeGaps, initiativeShapeRefusal, type InitiativeGap } from '@contest/domain';

export interface AuthorValues {
  /** A React key only: never sent. */
  key: string;
  name: string;
  unitName: string;
  position: string;
  phone: string;
  email: string;
  representative: boolean;
}

/** The initiative as its author types it: every text as typed, authors with their contacts. */
export interface InitiativeFormValues {
  title: string;
  area: string | null;
  form: InitiativeForm;
  summary: string;
  problem: string;
  solution: string;
  application: string;
  results: string;
  authors: AuthorValues[];
}

export const TEXT_PARTS = ['summary', 'problem', 'solution', 'application', 'results'] as const;
export type TextPart = (typeof TEXT_PARTS)[number];

export type InitiativeTrack = Pick<Track, 'topics'> & { initiative: InitiativeSettings };

let nextAuthorKey = 0;
export const blankAuthor = (): AuthorValues => ({
  key: `author-${++nextAuthorKey}`,
  name: '',
  unitName: '',
  position: '',
  phone: '',
  email: '',
  representative: false,
});

/** How many authors the call takes: one alone, a group of two or more, or either. */
export function authorBounds(settings: Pick<InitiativeSettings, 'individual' | 'group' | 'maxAuthors'>): {
  min: number;
  max: number;
} {
  if (!settings.group) return { min: 1, max: 1 };
  return { min: settings.individual ? 1 : 2, max: settings.maxAuthors };
}

/**
 * One representative exactly for a group (the first when none is chosen); a lone author is their
 * own, so the flag never says something the page does not show.
 */
export function withRepresentative(authors: AuthorValues[], chosen?: number): AuthorValues[] {
  if (authors.length === 1) return [{ ...authors[0], representative: true }];
  const current = authors.findIndex((a) => a.representative);
  const index = chosen ?? (current >= 0 ? current : 0);
  return authors.map((a, i) => ({ ...a, representative: i === index }));
}

export function addAuthor(authors: AuthorValues[], max: number): AuthorValues[] {
  if (authors.length >= max) return authors;
  return withRepresentative([...authors, blankAuthor()]);
}

export function removeAuthor(authors: AuthorValues[], index: number, min: number): AuthorValues[] {
  if (authors.length <= min) return authors;
  const removedRepresentative = authors[index]?.representative ?? false;
  const rest = authors.filter((_, i) => i !== index);
  return withRepresentative(
    removedRepresentative ? rest.map((a) => ({ ...a, representative: false })) : rest,
  );
}

const looksLikePhone = (login: string) => /^[+]?[\d .()-]{8,20}$/.test(login);

/** A new initiative: the signed-in author filled in as the first (their name, unit and the login they use). */
export function emptyInitiativeForm(
  track: InitiativeTrack,
  user: Pick<User, 'fullName' | 'login' | 'unitName'>,
): InitiativeFormValues {
  const { min } = authorBounds(track.initiative);
  const me: AuthorValues = {
    ...blankAuthor(),
    name: user.fullName,
    unitName: user.unitName ?? '',
    phone: looksLikePhone(user.login) ? user.login : '',
    email: user.login.includes('@') ? user.login : '',
  };
  const others = Array.from({ length: min - 1 }, blankAuthor);
  return {
    title: '',
    area: null,
    form: track.initiative.forms[0],
    summary: '',
    problem: '',
    solution: '',
    application: '',
    results: '',
    authors: withRepresentative([me, ...others]),
  };
}

/**
 * The saved initiative back in the form. An area or form the call no longer takes (the organizer
 * changed it since) is left for the author to choose again rather than refused on every save.
 */
export function initiativeFormOf(
  entry: Pick<Entry, 'title' | 'initiative'>,
  track: InitiativeTrack,
): InitiativeFormValues {
  const d = entry.initiative;
  const authors = (d?.authors ?? []).map((a) => ({ ...blankAuthor(), ...a }));
  return {
    title: entry.title,
    area: d?.area && track.topics.includes(d.area) ? d.area : null,
    form: d && track.initiative.forms.includes(d.form) ? d.form : track.initiative.forms[0],
    summary: d?.summary ?? '',
    problem: d?.problem ?? '',
    solution: d?.solution ?? '',
    application: d?.application ?? '',
    results: d?.results ?? '',
    authors: authors.length > 0 ? withRepresentative(authors) : [{ ...blankAuthor(), representative: true }],
  };
}

/** The body as the api takes it (the form's own keys dropped). */
export function draftInputOf(values: InitiativeFormValues) {
  return {
    title: values.title,
    area: values.area,
    form: values.form,
    summary: values.summary,
    problem: values.problem,
    solution: values.solution,
    application: values.application,
    results: values.results,
    authors: values.authors.map(({ key: _key, ...author }) => author),
  };
}

/** Why a draft cannot be saved yet: what the api would refuse, in the author's terms. */
export type SaveBlocker =
  | { kind: 'title' }
  | { kind: 'authorName'; n: number }
  | { kind: 'authorPhone'; n: number }
  | { kind: 'authorEmail'; n: number }
  | { kind: 'tooLong'; part: TextPart }
  | { kind: 'needsGroup' }
  | { kind: 'needsIndividual' }
  | { kind: 'tooManyAuthors'; max: number }
  | { kind: 'notAllowed' };

function blockerOf(path: readonly PropertyKey[]): SaveBlocker {
  const [head, index, field] = path;
  if (head === 'title') return { kind: 'title' };
  if (head === 'authors' && typeof index === 'number') {
    const n = index + 1;
    if (field === 'phone') return { kind: 'authorPhone', n };
    if (field === 'email') return { kind: 'authorEmail', n };
    return { kind: 'authorName', n };
  }
  const part = TEXT_PARTS.find((p) => p === head);
  if (part) return { kind: 'tooLong', part };
  return { kind: 'notAllowed' };
}

const sameBlocker = (a: SaveBlocker, b: SaveBlocker) => JSON.stringify(a) === JSON.stringify(b);

export type DraftCheck = { ok: true; body: InitiativeDraft } | { ok: false; blockers: SaveBlocker[] };

/** The draft checked as the api checks it (its schema, then the call's shape), or what stops it. */
export function checkDraft(values: InitiativeFormValues, track: InitiativeTrack): DraftCheck {
  const parsed = initiativeDraftSchema.safeParse(draftInputOf(values));
  if (!parsed.success) {
    const blockers: SaveBlocker[] = [];
    for (const issue of parsed.error.issues) {
      const blocker = blockerOf(issue.path);
      if (!blockers.some((b) => sameBlocker(b, blocker))) blockers.push(blocker);
    }
    return { ok: false, blockers };
  }
  const refusal = initiativeShapeRefusal(parsed.data, track);
  if (refusal) {
    const blocker: SaveBlocker =
      refusal.code === 'initiative_individual_not_allowed'
        ? { kind: 'needsGroup' }
        : refusal.code === 'initiative_group_not_allowed'
          ? { kind: 'needsIndividual' }
          : refusal.code === 'initiative_too_many_authors'
            ? { kind: 'tooManyAuthors', max: refusal.params.max }
            : { kind: 'notAllowed' };
    return { ok: false, blockers: [blocker] };
  }
  return { ok: true, body: parsed.data };
}

/** What was last saved, as the api received it: a save is due only when this changes. */
export interface SavedDraft {
  entryId: number | null;
  key: string | null;
}

export type AutosaveDecision =
  | { kind: 'unchanged' }
  | { kind: 'blocked'; blockers: SaveBlocker[] }
  | { kind: 'create'; body: InitiativeDraft; key: string }
  | { kind: 'update'; entryId: number; body: InitiativeDraft; key: string };

/**
 * What autosave does with the form as it stands: nothing when the saved text is the same (spaces
 * the api trims do not count), wait when the api would refuse it, else the first save creates the
 * draft and later ones replace it.
 */
export function autosaveDecision(
  values: InitiativeFormValues,
  track: InitiativeTrack,
  saved: SavedDraft,
): AutosaveDecision {
  const checked = checkDraft(values, track);
  if (!checked.ok) return { kind: 'blocked', blockers: checked.blockers };
  const key = JSON.stringify(checked.body);
  if (key === saved.key) return { kind: 'unchanged' };
  return saved.entryId === null
    ? { kind: 'create', body: checked.body, key }
    : { kind: 'update', entryId: saved.entryId, body: checked.body, key };
}

/** The key of a draft already saved (an entry opened for editing), so opening it saves nothing. */
export function savedKeyOf(values: InitiativeFormValues, track: InitiativeTrack): string | null {
  const checked = checkDraft(values, track);
  return checked.ok ? JSON.stringify(checked.body) : null;
}

export type ChecklistItem =
  'title' | 'area' | TextPart | 'video' | 'representative' | 'representative_contact';

/**
 * Every step before sending, each done or not: the domain's gaps (the rule the api sends by), the
 * title the api needs to save at all, and only the steps this initiative has (an area when the
 * call has areas, a video for a video, a representative for a group).
 */
export function initiativeChecklist(
  values: InitiativeFormValues,
  track: InitiativeTrack,
  hasVideo: boolean,
): { item: ChecklistItem; done: boolean }[] {
  const gaps: InitiativeGap[] = initiativeGaps(values, { areas: track.topics, hasVideo });
  const items: ChecklistItem[] = [
    'title',
    ...(track.topics.length > 0 ? (['area'] as const) : []),
    ...TEXT_PARTS,
    ...(values.form === 'video' ? (['video'] as const) : []),
    ...(values.authors.length > 1 ? (['representative'] as const) : []),
    'representative_contact',
  ];
  return items.map((item) => {
    if (item === 'title') return { item, done: values.title.trim().length >= 3 };
    // A group without one representative has nobody whose contact could be checked yet.
    if (item === 'representative_contact')
      return { item, done: !gaps.includes('representative_contact') && !gaps.includes('representative') };
    return { item, done: !gaps.includes(item) };
  });
}
