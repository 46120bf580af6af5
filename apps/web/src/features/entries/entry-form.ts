import { entryInputSchema, type Entry, type EntryInput, type Track } from '@contest/contracts';

/** How the clip reaches the organizers: a file uploaded here, or a link to a public video. */
export type VideoSource = 'file' | 'link';

export interface EntryFormValues {
  title: string;
  description: string;
  topic: string | null;
  /** One field per author; blank ones are dropped. */
  authors: string[];
  source: VideoSource;
  linkUrl: string;
}

export type EntryField = 'title' | 'description' | 'topic' | 'authors' | 'linkUrl';

/** Server issue paths (`body.authors.0`) to the form's fields. */
export const ENTRY_FIELD_BY_PATH: Readonly<Record<string, EntryField>> = {
  title: 'title',
  description: 'description',
  topic: 'topic',
  authors: 'authors',
  linkUrl: 'linkUrl',
};

type Sources = Pick<Track, 'allowFiles' | 'allowLinks'>;

export function sourcesOf(track: Sources): VideoSource[] {
  return [...(track.allowFiles ? ['file' as const] : []), ...(track.allowLinks ? ['link' as const] : [])];
}

export function emptyEntryForm(track: Sources): EntryFormValues {
  return {
    title: '',
    description: '',
    topic: null,
    authors: [''],
    source: track.allowFiles ? 'file' : 'link',
    linkUrl: '',
  };
}

export function entryFormOf(entry: Entry): EntryFormValues {
  return {
    title: entry.title,
    description: entry.description,
    topic: entry.topic,
    authors: entry.authors.length > 0 ? [...entry.authors] : [''],
    source: entry.linkUrl ? 'link' : 'file',
    linkUrl: entry.linkUrl ?? '',
  };
}

export type CheckedEntry = { ok: true; body: EntryInput } | { ok: false; problems: EntryField[] };

/** The form as the api takes it, or the fields to fix: the contract's schema and the track's own rules. */
export function checkEntryForm(form: EntryFormValues, track: Pick<Track, 'topics'>): CheckedEntry {
  const authors = form.authors.map((a) => a.trim()).filter((a) => a !== '');
  const link = form.source === 'link' ? form.linkUrl.trim() : '';
  const result = entryInputSchema.safeParse({
    title: form.title,
    description: form.description,
    topic: form.topic,
    authors,
    linkUrl: form.source === 'link' ? link : null,
  });
  const problems = new Set<EntryField>();
  if (!result.success)
    for (const issue of result.error.issues) {
      const field = ENTRY_FIELD_BY_PATH[String(issue.path[0] ?? '')];
      if (field) problems.add(field);
    }
  if (track.topics.length > 0 && (form.topic === null || !track.topics.includes(form.topic)))
    problems.add('topic');
  if (result.success && problems.size === 0) return { ok: true, body: result.data };
  return { ok: false, problems: [...problems] };
}
