import type { Contest, RoundAdmin } from '@contest/contracts';

/** A round with its contest, looked up in the contest list (the api has no single-round route for organizers). */
export function findRound(
  contests: readonly Contest[],
  roundId: number,
): { contest: Contest; round: RoundAdmin } | null {
  for (const contest of contests) {
    const round = contest.rounds.find((candidate) => candidate.id === roundId);
    if (round) return { contest, round };
  }
  return null;
}
