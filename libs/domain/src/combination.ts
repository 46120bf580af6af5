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

export type CombinedTieBreak = 'last_stage' | 'first_stage' | 'earliest_submission';

export interface CombinedEntry {
  entryId: number;
  total: number;
  /** The entry's total in each counted stage, in stage order. */
  stageTotals: readonly number[];
  submittedAt: Date;
}

const COMBINED_TIE_BREAKS: Record<CombinedTieBreak, (a: CombinedEntry, b: CombinedEntry) => number> = {
  last_stage: (a, b) => (b.stageTotals.at(-1) ?? 0) - (a.stageTotals.at(-1) ?? 0),
  first_stage: (a, b) => (b.stageTotals[0] ?? 0) - (a.stageTotals[0] ?? 0),
  earliest_submission: (a, b) => a.submittedAt.getTime() - b.submittedAt.getTime(),
};

/**
 * The track's order: total desc, then the stated tie-breaks in their order (the last stage's
 * total, the first stage's, the earlier submission), then entry id, so two equal entries are
 * never left to chance. Rank is the 1-based place.
 */
export function rankCombined<T extends CombinedEntry>(
  entries: readonly T[],
  tieBreaks: readonly CombinedTieBreak[],
): (T & { rank: number })[] {
  const compares = tieBreaks.map((t) => COMBINED_TIE_BREAKS[t]);
  return [...entries]
    .sort((a, b) => {
      if (a.total !== b.total) return b.total - a.total;
      for (const compare of compares) {
        const c = compare(a, b);
        if (c !== 0) return c;
      }
      return a.entryId - b.entryId;
    })
    .map((e, i) => ({ ...e, rank: i + 1 }));
}

/**
 * A side prize's winner: the most points among the candidates of its kind (individual or group),
 * a tie going to the better overall place (`order`, lower first), then the lower entry id. Null
 * when no candidate of that kind has points.
 */
export function sidePrizeWinner(
  candidates: readonly { entryId: number; points: number; group: boolean; order: number }[],
  kind: 'individual' | 'group',
): number | null {
  const eligible = candidates.filter((c) => c.group === (kind === 'group') && c.points > 0);
  eligible.sort((a, b) => b.points - a.points || a.order - b.order || a.entryId - b.entryId);
  return eligible[0]?.entryId ?? null;
}

/**
 * Every judged entry's place in the whole track: the track's standings first (those that reached
 * the last stage, by their combined total), then those that stopped earlier, the further they got
 * the higher, each group in the order of the last stage it was ranked in. A place compares entries
 * of different stages without setting one stage's total against another's.
 */
export function trackPlaces(
  finalOrder: readonly number[],
  stageOrders: readonly (readonly number[])[],
): Map<number, number> {
  const places = new Map<number, number>();
  const place = (entryId: number) => {
    if (!places.has(entryId)) places.set(entryId, places.size + 1);
  };
  finalOrder.forEach(place);
  for (let k = stageOrders.length - 1; k >= 0; k--) stageOrders[k].forEach(place);
  return places;
}

/**
 * Units in order for collective prizes: more entries that reached judging first, then the better
 * place of their best entry in the whole track (`trackPlaces`), then unit id. Units with no entry
 * in judging take no place.
 */
export function rankUnitsForPrizes<T extends { unitId: number; judged: number; bestPlace: number }>(
  units: readonly T[],
): (T & { rank: number })[] {
  return units
    .filter((u) => u.judged > 0)
    .sort((a, b) => b.judged - a.judged || a.bestPlace - b.bestPlace || a.unitId - b.unitId)
    .map((u, i) => ({ ...u, rank: i + 1 }));
}
