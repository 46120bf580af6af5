import type { Stage } from '@contest/contracts';

type Prizes = Stage['prizes'];

/** Colours by a prize's place in the stage's list: the first three as medals, the rest alike. */
const COLORS = ['yellow', 'gray', 'orange'] as const;

export function prizeColor(label: string, prizes: Prizes): string {
  const index = prizes.findIndex((prize) => prize.label === label);
  return index >= 0 && index < COLORS.length ? COLORS[index] : 'blue';
}

/**
 * Winners grouped by prize in the order the stage lists its prizes (Giải Nhất before Giải Nhì),
 * each group by rank; a label the list no longer holds comes last, and prizes nobody won are left out.
 */
export function groupByPrize<S extends { prize: string | null; rank: number }>(
  standings: readonly S[],
  prizes: Prizes,
): { label: string; winners: S[] }[] {
  const labels = [...new Set([...prizes.map((p) => p.label), ...standings.flatMap((s) => s.prize ?? [])])];
  return labels
    .map((label) => ({
      label,
      winners: standings.filter((s) => s.prize === label).sort((a, b) => a.rank - b.rank),
    }))
    .filter((group) => group.winners.length > 0);
}
