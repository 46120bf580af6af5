import type { LiveSpot, LiveTeam } from '@contest/contracts';

import { teamsInOrder } from '../../live-final/live-board';

/**
 * The spot after `current` in the hall's programme: the same team's next part, or after its last
 * part the next team's first; null after the last team's last part. Nobody on stage: the first team.
 */
export function nextPartSpot(
  teams: readonly LiveTeam[],
  partCount: number,
  current: LiveSpot | null,
): LiveSpot | null {
  if (partCount <= 0) return null;
  const ordered = teamsInOrder(teams);
  if (current === null || !ordered.some((team) => team.entryId === current.entryId))
    return ordered.length > 0 ? { entryId: ordered[0].entryId, part: 0 } : null;
  if (current.part + 1 < partCount) return { entryId: current.entryId, part: current.part + 1 };
  return nextTeamSpot(teams, current);
}

/** The next team in the running order, from its first part; null after the last team. */
export function nextTeamSpot(teams: readonly LiveTeam[], current: LiveSpot | null): LiveSpot | null {
  const ordered = teamsInOrder(teams);
  const index = current === null ? -1 : ordered.findIndex((team) => team.entryId === current.entryId);
  const next = ordered[index + 1];
  return next ? { entryId: next.entryId, part: 0 } : null;
}

/** The running order as entry ids, first to perform first. */
export const runningOrder = (teams: readonly LiveTeam[]): number[] =>
  teamsInOrder(teams).map((team) => team.entryId);

export const sameOrder = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((id, index) => id === b[index]);

/** Moves a team one place earlier (-1) or later (+1); at either end nothing moves. */
export function moveTeam(ids: readonly number[], index: number, step: -1 | 1): number[] {
  const to = index + step;
  if (index < 0 || index >= ids.length || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}
