import type { Role, Stage, Track } from '@contest/contracts';

type VoteWindow = Pick<Stage, 'votePoints' | 'votesOpenAt' | 'votesCloseAt' | 'lockedAt'>;

/** The server's rule (gallery.service votingOpen): points for votes, inside the window, not yet locked. */
export function votesOpen(stage: VoteWindow, now: number): boolean {
  return (
    stage.votePoints > 0 &&
    stage.lockedAt === null &&
    stage.votesOpenAt !== null &&
    stage.votesCloseAt !== null &&
    Date.parse(stage.votesOpenAt) <= now &&
    now < Date.parse(stage.votesCloseAt)
  );
}

/** Where a stage's public vote stands, for the words the call's pages show about it. */
export type VoteWindowState =
  | { kind: 'none' }
  | { kind: 'upcoming'; opensAt: string; closesAt: string }
  | { kind: 'open'; closesAt: string }
  /** `early`: the stage was locked before the window's end, which closed the vote then. */
  | { kind: 'closed'; closedAt: string; early: boolean };

export function voteWindowState(stage: VoteWindow | null, now: number): VoteWindowState {
  if (!stage || stage.votePoints <= 0 || stage.votesOpenAt === null || stage.votesCloseAt === null)
    return { kind: 'none' };
  const { votesOpenAt, votesCloseAt, lockedAt } = stage;
  // The lock freezes the votes: once locked, the vote is over whatever its window said.
  if (lockedAt !== null && Date.parse(lockedAt) < Date.parse(votesCloseAt))
    return { kind: 'closed', closedAt: lockedAt, early: true };
  if (now >= Date.parse(votesCloseAt)) return { kind: 'closed', closedAt: votesCloseAt, early: false };
  if (now < Date.parse(votesOpenAt))
    return { kind: 'upcoming', opensAt: votesOpenAt, closesAt: votesCloseAt };
  return { kind: 'open', closesAt: votesCloseAt };
}

/** The stage that takes public votes: the first with vote points, as the server picks it. */
export const votingStage = (track: Pick<Track, 'stages'>): Stage | null =>
  track.stages.find((stage) => stage.votePoints > 0) ?? null;

/** Every stage whose results were published, in the track's order: each has a public ranking. */
export const publishedStages = (track: Pick<Track, 'stages'>): Stage[] =>
  [...track.stages].sort((a, b) => a.position - b.position).filter((stage) => stage.publishedAt !== null);

/** Whether entries went on from this stage: the next stage holds some (only an advance puts them there). */
export const advancedFrom = (track: Pick<Track, 'stages'>, stage: Pick<Stage, 'position'>): boolean =>
  track.stages.some((s) => s.position === stage.position + 1 && s.members > 0);

/** The last stage whose results were published: the one the gallery shows. */
export const publishedStage = (track: Pick<Track, 'stages'>): Stage | null =>
  publishedStages(track).at(-1) ?? null;

export interface TrackLinks {
  /** "Rules & send an entry": while the call is open, for anyone who might send one. */
  enter: boolean;
  /** The public gallery: once the call closed, or as soon as public voting opened. */
  gallery: boolean;
  votingOpen: boolean;
}

/** Organizers and judges never send entries; a visitor is shown the way in and signs in there. */
export function trackLinks(
  track: Pick<Track, 'phase' | 'stages'>,
  now: number,
  role: Role | null,
): TrackLinks {
  const voting = votingStage(track);
  const votingOpen = voting !== null && votesOpen(voting, now);
  const votesStarted =
    voting?.votesOpenAt !== null &&
    voting?.votesOpenAt !== undefined &&
    Date.parse(voting.votesOpenAt) <= now;
  const staff = role === 'organizer' || role === 'judge';
  return {
    enter: track.phase === 'open' && !staff,
    gallery: track.phase === 'closed' || votesStarted,
    votingOpen,
  };
}
