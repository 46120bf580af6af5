import type { CollectiveRule, CollectiveStanding, CollectiveTieBreak } from '@contest/contracts';

export type CollectiveInput = Omit<CollectiveStanding, 'rank' | 'points' | 'total' | 'ineligible' | 'prize'>;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Each component on its 0–1 scale: rates above 100 % (a headcount set too low) count as 100 %. */
function scales(u: CollectiveInput): Record<keyof CollectiveRule['weights'], number> {
  return {
    participationRate: Math.min(1, u.participationRate ?? 0),
    averageScore: Math.min(1, u.averageShare ?? 0),
    roundsWithParticipants: u.rounds > 0 ? u.roundsWithParticipants / u.rounds : 0,
  };
}

const tieValue = (u: CollectiveInput, key: CollectiveTieBreak): number =>
  key === 'participants'
    ? u.participants
    : key === 'averageScore'
      ? (u.averageShare ?? 0)
      : key === 'participationRate'
        ? (u.participationRate ?? 0)
        : u.roundsWithParticipants;

/**
 * Collective (unit) prizes by the organizer's formula: points = weight × component on its 0–1
 * scale, the total rounded to 2 decimals (what is shown is what is ranked, so anyone can check it
 * by hand). Equal totals are ordered by the stated tie-breaks, then by unit code; prizes go down
 * the ranking in the order the rule lists them. Units below the minimum headcount or of a level
 * that does not compete are listed, unranked, with why.
 */
export function collectiveStandings(
  units: readonly CollectiveInput[],
  rule: CollectiveRule,
): CollectiveStanding[] {
  const scored = units.map((u) => {
    const s = scales(u);
    const points = {
      participationRate: round2(rule.weights.participationRate * s.participationRate),
      averageScore: round2(rule.weights.averageScore * s.averageScore),
      roundsWithParticipants: round2(rule.weights.roundsWithParticipants * s.roundsWithParticipants),
    };
    const ineligible: CollectiveStanding['ineligible'] = !rule.levels.includes(u.level)
      ? 'level'
      : u.headcount < rule.minHeadcount || u.headcount === 0
        ? 'headcount'
        : null;
    const total = round2(points.participationRate + points.averageScore + points.roundsWithParticipants);
    return {
      ...u,
      points,
      total,
      ineligible,
      rank: null as number | null,
      prize: null as CollectiveStanding['prize'],
    };
  });
  const eligible = scored
    .filter((u) => u.ineligible === null)
    .sort((a, b) => {
      if (b.total !== a.total) return b.total - a.total;
      for (const key of rule.tieBreak) {
        const d = tieValue(b, key) - tieValue(a, key);
        if (d !== 0) return d;
      }
      return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
    });
  const prizes = rule.prizes.flatMap((p) =>
    Array.from({ length: p.count }, () => ({ name: p.name, amount: p.amount })),
  );
  eligible.forEach((u, i) => {
    u.rank = i + 1;
    u.prize = prizes[i] ?? null;
  });
  return [...eligible, ...scored.filter((u) => u.ineligible !== null).sort((a, b) => b.total - a.total)];
}
