import type { Entry, MyEntries, Screening, Track } from '@contest/contracts';

/** The worker has the entry's newest file: the page polls until it settles. */
export function isProcessing(entry: Pick<Entry, 'status' | 'pendingFile'>): boolean {
  return entry.status === 'processing' || entry.pendingFile?.status === 'processing';
}

/**
 * An upload that started and never finished (the page was closed, the line dropped): picking the
 * same file again resumes it. Not polled: nothing changes on the server until someone resumes it.
 */
export function hasInterruptedUpload(entry: Pick<Entry, 'pendingFile'>): boolean {
  return entry.pendingFile?.status === 'uploading';
}

/** Entries change only while the window is open, and a withdrawn one never again. */
export function isEditable(track: Pick<Track, 'phase'>, entry: Pick<Entry, 'status'>): boolean {
  return track.phase === 'open' && entry.status !== 'withdrawn';
}

/** A (new) file may go up unless the entry is a link or the worker still has its last one. */
export function mayUploadFile(
  track: Pick<Track, 'phase' | 'allowFiles'>,
  entry: Pick<Entry, 'status' | 'linkUrl' | 'pendingFile'>,
): boolean {
  return isEditable(track, entry) && track.allowFiles && !entry.linkUrl && !isProcessing(entry);
}

/** What the unit may do about new entries; the reason when it may not. */
export type NewEntryState =
  | { kind: 'allowed'; remaining: number }
  | { kind: 'limitReached'; limit: number }
  | { kind: 'notOpen' }
  | { kind: 'notEntrant'; reason: 'noUnit' | 'unitAdminsOnly' | 'participantsOnly' };

export function newEntryState(
  mine: Pick<MyEntries, 'track' | 'unitId' | 'remaining' | 'mayEnter'>,
): NewEntryState {
  const { track } = mine;
  if (!mine.mayEnter) {
    if (mine.unitId === null) return { kind: 'notEntrant', reason: 'noUnit' };
    return {
      kind: 'notEntrant',
      reason: track.submitter === 'unit_admin' ? 'unitAdminsOnly' : 'participantsOnly',
    };
  }
  if (track.phase !== 'open') return { kind: 'notOpen' };
  if (mine.remaining <= 0) return { kind: 'limitReached', limit: track.entriesPerUnit };
  return { kind: 'allowed', remaining: mine.remaining };
}

export const SCREENING_COLOR: Record<Screening, string> = {
  pending: 'gray',
  accepted: 'teal',
  rejected: 'red',
};

export const STATUS_COLOR: Record<Entry['status'], string> = {
  draft: 'yellow',
  processing: 'blue',
  submitted: 'teal',
  withdrawn: 'gray',
};

/** Live entries first, in the order sent; withdrawn ones after, as a record. */
export function entriesInOrder(items: readonly Entry[]): Entry[] {
  const live = items.filter((e) => e.status !== 'withdrawn');
  const withdrawn = items.filter((e) => e.status === 'withdrawn');
  return [...live, ...withdrawn.reverse()];
}

/**
 * The list with one entry replaced by a fresher copy (from polling or a save), `remaining` moved by
 * what changed: the server counts the whole unit's entries, which a participant does not all see.
 */
export function withEntry(mine: MyEntries, entry: Entry): MyEntries {
  const before = mine.items.find((e) => e.id === entry.id);
  const items = before ? mine.items.map((e) => (e.id === entry.id ? entry : e)) : [...mine.items, entry];
  const counted = (e: Entry | undefined) => (e && e.status !== 'withdrawn' ? 1 : 0);
  const remaining = Math.max(0, mine.remaining - counted(entry) + counted(before));
  return { ...mine, items, remaining };
}
