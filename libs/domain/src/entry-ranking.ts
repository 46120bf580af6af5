import type { EntryTieBreak } from '@contest/contracts';

import { round2 } from './judging';

export const DEFAULT_ENTRY_TIE_BREAKS: readonly EntryTieBreak[] = [
  'judge_points',
  'vote_points',
  'earliest_submission',
];

/**
 * Public votes turned into capped points: the entry with most votes gets `cap`, others
 * proportionally, rounded to 2 decimals; all 0 when nobody voted or cap is 0. Scaling to the
 * leader (not to the vote total) keeps the vote share of the prize from shrinking as the number
 * of entries grows. Every key of `votes` is in the result.
 */
export function votePoints(votes: ReadonlyMap<number, number>, cap: number): Map<number, number> {
  let most = 0;
  for (const n of votes.values()) most = Math.max(most, n);
  const out = new Map<number, number>();
  for (const [entryId, n] of votes) out.set(entryId, most > 0 && cap > 0 ? round2((cap * n) / most) : 0);
  return out;
}

export interface EntryStanding {
  entryId: number;
  judgePoints: number;
  votePoints: number;
  submittedAt: Date;
}

export interface RankedEntry extends EntryStanding {
  total: number;
  rank: number;
}

const TIE_BREAKS: Record<EntryTieBreak, (a: EntryStanding, b: EntryStanding) => number> = {
  judge_points: (a, b) => b.judgePoints - a.judgePoints,
  vote_points: (a, b) => b.votePoints - a.votePoints,
  earliest_submission: (a, b) => a.submittedAt.getTime() - b.submittedAt.getTime(),
};

/**
 * Total = judgePoints + votePoints (2 decimals); order by total desc, then each tie-break in the
 * given order (judge_points desc, vote_points desc, earliest_submission asc), then entryId asc so
 * the order is always the same. rank is the 1-based position in that order (no shared ranks: the
 * tie-breaks decide).
 */
export function rankEntries(
  standings: readonly EntryStanding[],
  tieBreaks: readonly EntryTieBreak[],
): RankedEntry[] {
  const compareTies = tieBreaks.map((t) => TIE_BREAKS[t]);
  return standings
    .map((s) => ({ ...s, total: round2(s.judgePoints + s.votePoints) }))
    .sort((a, b) => {
      if (a.total !== b.total) return b.total - a.total;
      for (const compare of compareTies) {
        const c = compare(a, b);
        if (c !== 0) return c;
      }
      return a.entryId - b.entryId;
    })
    .map((s, i) => ({ ...s, rank: i + 1 }));
}

export interface EntryPrizeTier {
  label: string;
  count: number;
}

/**
 * Prize labels in rank order: the first tier's count of entries get its label, then the next
 * tier, …; never a prize for a total of 0 (such an entry takes no place either). Returns one
 * label or null per ranked entry.
 */
export function allocateEntryPrizes(
  ranked: readonly { total: number }[],
  tiers: readonly EntryPrizeTier[],
): (string | null)[] {
  const labels = tiers.flatMap((t) => Array<string>(Math.max(0, t.count)).fill(t.label));
  let next = 0;
  return ranked.map((entry) => (next < labels.length && entry.total > 0 ? labels[next++] : null));
}
