import type { Entry, Stage, Track } from '@contest/contracts';
import { stageTakingMaterial } from '@contest/domain';

/**
 * Where an initiative stands, as its author is told: still theirs (a draft, or returned by the
 * unit with a comment), with the unit, forwarded to the organizers, refused in screening, in a
 * judged stage, or stopped at one (the journey says why).
 */
export type InitiativeState =
  | { kind: 'withdrawn' }
  | { kind: 'draft' }
  | { kind: 'returned'; comment: string | null }
  | { kind: 'withUnit' }
  | { kind: 'forwarded' }
  | { kind: 'rejected'; reason: string | null }
  | { kind: 'inStage'; stageName: string }
  | { kind: 'stopped'; stageName: string; reason: string };

type StateFacts = Pick<Entry, 'status' | 'screening' | 'screeningReason' | 'unitReview' | 'journey'>;

export function initiativeState(entry: StateFacts): InitiativeState {
  if (entry.status === 'withdrawn') return { kind: 'withdrawn' };
  const review = entry.unitReview;
  if (!review) return { kind: 'draft' };
  if (review.state === 'returned') return { kind: 'returned', comment: review.comment };
  if (review.state === 'pending') return { kind: 'withUnit' };
  if (entry.screening === 'rejected') return { kind: 'rejected', reason: entry.screeningReason };
  if (entry.screening === 'pending') return { kind: 'forwarded' };
  // Accepted: the journey (in stage order) tells the stage it reached last, or the one it left.
  const last = entry.journey.at(-1);
  if (!last) return { kind: 'forwarded' };
  return last.state === 'in'
    ? { kind: 'inStage', stageName: last.stageName }
    : { kind: 'stopped', stageName: last.stageName, reason: last.reason };
}

export const STATE_COLOR: Record<InitiativeState['kind'], string> = {
  withdrawn: 'gray',
  draft: 'yellow',
  returned: 'orange',
  withUnit: 'blue',
  forwarded: 'cyan',
  rejected: 'red',
  inStage: 'teal',
  stopped: 'gray',
};

/**
 * The author changes an initiative (text, authors, attachments, video) only while it is theirs —
 * a draft or one the unit returned — and while the call is open: the server's rule, so the page
 * offers no edit the server would refuse.
 */
export function mayAuthorEdit(track: Pick<Track, 'phase'>, entry: StateFacts): boolean {
  if (track.phase !== 'open') return false;
  const kind = initiativeState(entry).kind;
  return kind === 'draft' || kind === 'returned';
}

/** Drafts and returned ones first (the author's work to do), then the rest in the order written, withdrawn last. */
export function initiativesInOrder(items: readonly Entry[]): Entry[] {
  const rank = (e: Entry) => {
    const kind = initiativeState(e).kind;
    return kind === 'returned' ? 0 : kind === 'draft' ? 1 : kind === 'withdrawn' ? 3 : 2;
  };
  return [...items].sort((a, b) => rank(a) - rank(b) || a.id - b.id);
}

/** The stage where the author may still add material after sending, by the server's own rule. */
export function materialStage(
  track: Pick<Track, 'stages'>,
  entry: Pick<Entry, 'journey'>,
  now: Date,
): Stage | null {
  const held = entry.journey.filter((j) => j.state === 'in').map((j) => j.stageId);
  return stageTakingMaterial(track.stages, held, now);
}
