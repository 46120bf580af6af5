import type { LiveBoard, LivePart, LiveSpot, LiveTeam } from '@contest/contracts';

/**
 * Boards reach a page three ways (the join's answer, a push, a fetch) and can overtake each
 * other: the one with the higher version wins. An equal version is the same state, newer only in
 * its `serverNow`, so it is taken to keep the clock's offset fresh.
 */
export function newerBoard<T extends Pick<LiveBoard, 'stageId' | 'version'>>(
  current: T | undefined,
  incoming: T,
): T {
  if (!current || current.stageId !== incoming.stageId) return incoming;
  return incoming.version >= current.version ? incoming : current;
}

/** The teams in their running order (the server sends them so; sorted again to be sure). */
export function teamsInOrder(teams: readonly LiveTeam[]): LiveTeam[] {
  return [...teams].sort((a, b) => a.order - b.order);
}

export const sameSpot = (a: LiveSpot | null, b: LiveSpot | null): boolean =>
  a !== null && b !== null && a.entryId === b.entryId && a.part === b.part;

export const spotKey = (spot: LiveSpot): string => `${spot.entryId}:${spot.part}`;

export function isScoringOpen(scoring: readonly LiveSpot[], spot: LiveSpot | null): boolean {
  return spot !== null && scoring.some((open) => sameSpot(open, spot));
}

export interface OnStage {
  /** Null when the team on stage is not among the board's teams (it left the final). */
  team: LiveTeam | null;
  part: LivePart | null;
  /** 0-based index of the part, and how many parts the final has. */
  partIndex: number;
  partCount: number;
}

/** Who performs which part now, as the hall is told; null between teams. */
export function onStage(board: Pick<LiveBoard, 'current' | 'teams' | 'parts'>): OnStage | null {
  if (board.current === null) return null;
  const { entryId, part } = board.current;
  return {
    team: board.teams.find((team) => team.entryId === entryId) ?? null,
    part: board.parts[part] ?? null,
    partIndex: part,
    partCount: board.parts.length,
  };
}

/** Whether any revealed team brings points from earlier stages: only then is that column shown. */
export const showsEarlierPoints = (board: Pick<LiveBoard, 'standings'>): boolean =>
  board.standings.some((standing) => standing.earlierPoints !== null);
