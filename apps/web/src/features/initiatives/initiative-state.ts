import type { Entry, Stage, Track } from '@contest/contracts';
import { authorChangeRefusal, stageTakingMaterial, type AuthorChangeRefusal } from '@contest/domain';

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
  // Accepted: the journey (every move, in time order) tells the stage it reached last. An entry
  // held back is written 'out' of the NEXT stage, so where it stopped is its last 'in', not its last row.
  const lastIn = entry.journey.findLast((step) => step.state === 'in');
  const last = entry.journey.at(-1);
  if (!lastIn || !last) return { kind: 'forwarded' };
  return last.state === 'in'
    ? { kind: 'inStage', stageName: last.stageName }
    : { kind: 'stopped', stageName: lastIn.stageName, reason: last.reason };
}

/**
 * How a move reads in the journey: into a stage, out of one it was in, or kept out of one it never
 * entered; `passed`: out of one stage as it went straight into the next for the same reason
 * (forwarded, accepted), which the journey shows once, as the move in.
 */
export type JourneyStep = 'in' | 'left' | 'notIn' | 'passed';

export function journeySteps(journey: Entry['journey']): JourneyStep[] {
  const entered = new Set<number>();
  return journey.map((step, i) => {
    if (step.state === 'in') {
      entered.add(step.stageId);
      return 'in';
    }
    const next = journey[i + 1];
    if (next?.state === 'in' && next.stageId !== step.stageId && next.reason === step.reason) return 'passed';
    return entered.has(step.stageId) ? 'left' : 'notIn';
  });
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

type AuthorWindowFacts = Pick<Track, 'opensAt' | 'closesAt' | 'stages'>;

/** The unit's deadline: the close of the track's pre-screening stage (null: none set). */
export const unitDeadlineOf = (track: Pick<Track, 'stages'>): string | null =>
  track.stages.find((s) => s.kind === 'unit_review')?.closesAt ?? null;

/**
 * Why the author may not change the initiative now, or null: the server's own rule
 * (`authorChangeRefusal`) — a draft while the call is open, one the unit returned until the unit's
 * deadline — so the page offers no edit the server would refuse, and says why.
 */
export function authorRefusal(
  track: AuthorWindowFacts,
  entry: Pick<Entry, 'status' | 'unitReview'>,
  now: Date,
): AuthorChangeRefusal | null {
  if (entry.status === 'withdrawn') return 'initiative_not_editable';
  return authorChangeRefusal(
    { unitReview: entry.unitReview?.state ?? null },
    track,
    unitDeadlineOf(track),
    now,
  );
}

export const mayAuthorEdit = (
  track: AuthorWindowFacts,
  entry: Pick<Entry, 'status' | 'unitReview'>,
  now: Date,
): boolean => authorRefusal(track, entry, now) === null;

/** Drafts and returned ones first (the author's work to do), then the rest in the order written, withdrawn last. */
export function initiativesInOrder(items: readonly Entry[]): Entry[] {
  const rank = (e: Entry) => {
    const kind = initiativeState(e).kind;
    return kind === 'returned' ? 0 : kind === 'draft' ? 1 : kind === 'withdrawn' ? 3 : 2;
  };
  return [...items].sort((a, b) => rank(a) - rank(b) || a.id - b.id);
}

/** The stages holding the entry now: those whose latest move took it in. */
export function heldStageIds(journey: Entry['journey']): number[] {
  const latest = new Map<number, 'in' | 'out'>();
  for (const step of journey) latest.set(step.stageId, step.state);
  return [...latest].filter(([, state]) => state === 'in').map(([stageId]) => stageId);
}

/** The stage where the author may still add material after sending, by the server's own rule. */
export function materialStage(
  track: Pick<Track, 'stages'>,
  entry: Pick<Entry, 'journey'>,
  now: Date,
): Stage | null {
  return stageTakingMaterial(track.stages, heldStageIds(entry.journey), now);
}
