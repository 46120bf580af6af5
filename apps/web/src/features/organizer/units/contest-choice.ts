import type { Contest } from '@contest/contracts';

/**
 * The contest to show first: the one running a round now, else the one whose latest round opened
 * most recently, else the first listed (a contest still being prepared).
 */
export function defaultContestId(contests: readonly Contest[], now: number): number | null {
  const running = contests.find((contest) => contest.rounds.some((round) => round.status === 'open'));
  if (running) return running.id;
  let best: { id: number; opened: number } | null = null;
  for (const contest of contests) {
    for (const round of contest.rounds) {
      const opened = Date.parse(round.opensAt);
      if (opened <= now && (best === null || opened > best.opened)) best = { id: contest.id, opened };
    }
  }
  return best?.id ?? contests[0]?.id ?? null;
}

/** The `?contest=` of the address when it names a listed contest; otherwise the default. */
export function chosenContestId(
  contests: readonly Contest[],
  param: string | null,
  now: number,
): number | null {
  const asked = param === null ? NaN : Number(param);
  if (contests.some((contest) => contest.id === asked)) return asked;
  return defaultContestId(contests, now);
}

/** Contests are told apart by their year, unless the name already says it ("… năm 2026"). */
export const nameHasYear = (contest: Pick<Contest, 'name' | 'year'>): boolean =>
  contest.name.includes(String(contest.year));
