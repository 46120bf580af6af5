import { round2 } from './judging';

/**
 * How a track's total is made from its stages' totals, stated before the event: the sum of the
 * stages' totals (a city's "average of the preliminary + average of the final": each stage's total
 * is already its judges' average plus its public points), the last stage alone, or weights in
 * percent, one per stage, adding up to 100.
 */
export type CombinationRule =
  { kind: 'sum' } | { kind: 'final' } | { kind: 'weighted'; weights: readonly number[] };

/** Why a combination cannot be applied to `stageCount` stages, or null. */
export function combinationRefusal(
  rule: CombinationRule,
  stageCount: number,
): 'combination_weights_count' | 'combination_weights_sum' | null {
  if (rule.kind !== 'weighted') return null;
  if (rule.weights.length !== stageCount) return 'combination_weights_count';
  return round2(rule.weights.reduce((sum, w) => sum + w, 0)) === 100 ? null : 'combination_weights_sum';
}

/**
 * Each entry's combined total from its totals in each stage (in stage order), to 2 decimals. Only
 * entries with a total in every stage the rule counts are combined: a finalist has one in each; an
 * entry that stopped earlier has no combined total.
 */
export function combineStageTotals(
  stageTotals: readonly ReadonlyMap<number, number>[],
  rule: CombinationRule,
): Map<number, number> {
  const refusal = combinationRefusal(rule, stageTotals.length);
  if (refusal) throw new Error(refusal);
  const out = new Map<number, number>();
  if (stageTotals.length === 0) return out;
  const counted = rule.kind === 'final' ? [stageTotals.length - 1] : stageTotals.map((_, i) => i);
  for (const entryId of stageTotals[stageTotals.length - 1].keys()) {
    if (!counted.every((i) => stageTotals[i].has(entryId))) continue;
    const parts = counted.map((i) => {
      const total = stageTotals[i].get(entryId)!;
      return rule.kind === 'weighted' ? (total * rule.weights[i]) / 100 : total;
    });
    out.set(entryId, round2(parts.reduce((sum, p) => sum + p, 0)));
  }
  return out;
}

/** A prize's amount for a winner: a group's is the individual amount times the stated multiple. */
export const prizeAmount = (amount: number, group: boolean, groupMultiplier: number): number =>
  Math.round(group ? amount * groupMultiplier : amount);
