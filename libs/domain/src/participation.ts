import type { Figures } from '@contest/contracts';

/** The additive part of participation figures: roll-up rows and headcounts sum into it. */
export interface FigureSums {
  headcount: number;
  participants: number;
  attempts: number;
  /** Participants whose scores may be shown (rounds that still hide scores are left out). */
  scoredParticipants: number;
  scoreSum: number;
  fullMarks: number;
}

export const emptySums = (): FigureSums => ({
  headcount: 0,
  participants: 0,
  attempts: 0,
  scoredParticipants: 0,
  scoreSum: 0,
  fullMarks: 0,
});

export function addSums(
  into: FigureSums,
  add: Omit<FigureSums, 'headcount'> & { headcount?: number },
): FigureSums {
  into.headcount += add.headcount ?? 0;
  into.participants += add.participants;
  into.attempts += add.attempts;
  into.scoredParticipants += add.scoredParticipants;
  into.scoreSum += add.scoreSum;
  into.fullMarks += add.fullMarks;
  return into;
}

/**
 * Figures over `rounds` rounds: the participation rate is participants ÷ (headcount × rounds),
 * the average weekly rate; with one round it is the plain rate. Averages are over the counted
 * attempts of the participants whose scores may be shown.
 */
export function toFigures(sums: FigureSums, rounds: number): Figures {
  const capacity = sums.headcount * rounds;
  return {
    headcount: sums.headcount,
    participants: sums.participants,
    attempts: sums.attempts,
    averageScore: sums.scoredParticipants > 0 ? sums.scoreSum / sums.scoredParticipants : null,
    fullMarksShare: sums.scoredParticipants > 0 ? sums.fullMarks / sums.scoredParticipants : null,
    participationRate: capacity > 0 ? sums.participants / capacity : null,
  };
}

/**
 * Standard competition ranks ("1, 2, 2, 4") by a value, best (highest) first; items without a
 * value get no rank. Equal values share a rank: the tie is stated, not broken by chance.
 */
export function competitionRanks<T>(items: readonly T[], value: (item: T) => number | null): Map<T, number> {
  const valued = items.filter((i) => value(i) !== null).sort((a, b) => value(b)! - value(a)!);
  const ranks = new Map<T, number>();
  valued.forEach((item, i) => {
    const previous = valued[i - 1];
    ranks.set(item, previous !== undefined && value(previous) === value(item) ? ranks.get(previous)! : i + 1);
  });
  return ranks;
}
