import { PRIZE_TIERS, type PrizeCounts, type PrizeTier } from '@contest/contracts';

export interface PrizeCandidate {
  userId: number;
  score: number;
}

/**
 * Prizes in rank order: the first `counts.first` eligible participants get a first prize, the
 * next `counts.second` a second, and so on. A participant is not eligible with a score of 0, or
 * when `alreadyAwarded` holds them (one prize per person per contest). Returns one entry per
 * ranked participant, null for no prize.
 */
export function allocatePrizes(
  ranked: readonly PrizeCandidate[],
  counts: PrizeCounts,
  alreadyAwarded: ReadonlySet<number> = new Set(),
): (PrizeTier | null)[] {
  const tiers: PrizeTier[] = PRIZE_TIERS.flatMap((tier) => Array<PrizeTier>(counts[tier]).fill(tier));
  let next = 0;
  return ranked.map((c) => {
    if (next >= tiers.length || c.score <= 0 || alreadyAwarded.has(c.userId)) return null;
    return tiers[next++];
  });
}
