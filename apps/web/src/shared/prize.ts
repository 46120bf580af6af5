import { PRIZE_TIERS, type PrizeTier } from '@contest/contracts';

export const PRIZE_COLORS = {
  first: 'yellow',
  second: 'gray',
  third: 'orange',
  encouragement: 'blue',
} as const satisfies Record<PrizeTier, string>;

/** Locale key of a prize's name: first → "Giải Nhất". */
export const prizeLabelKey = (tier: PrizeTier) => `prize.${tier}` as const;

/** Winners in prize order (first prizes first), each group by rank; empty prizes are left out. */
export function groupWinnersByPrize<W extends { prize: PrizeTier | null; rank: number }>(
  winners: readonly W[],
): { tier: PrizeTier; winners: W[] }[] {
  return PRIZE_TIERS.map((tier) => ({
    tier,
    winners: winners.filter((winner) => winner.prize === tier).sort((a, b) => a.rank - b.rank),
  })).filter((group) => group.winners.length > 0);
}
