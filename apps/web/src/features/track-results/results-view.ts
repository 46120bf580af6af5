import type { Combination, TrackResults } from '@contest/contracts';

/** A prize an entry won: the main prize of its place, or a side prize (for a part of a live final). */
export interface EntryAward {
  label: string;
  amount: number;
  side: boolean;
}

type Awarded = Pick<TrackResults, 'standings' | 'sidePrizes'>;

/** Everything one entry won, main prize first: each is a certificate. */
export function awardsOfEntry(results: Awarded, entryId: number): EntryAward[] {
  const main = results.standings.find((standing) => standing.entryId === entryId)?.prize;
  return [
    ...(main ? [{ label: main.label, amount: main.amount, side: false }] : []),
    ...results.sidePrizes
      .filter((prize) => prize.entryId === entryId)
      .map((prize) => ({ label: prize.label, amount: prize.amount, side: true })),
  ];
}

/** The given entries that won something, in the order given, each with its awards. */
export function winningEntries<E extends { id: number }>(
  results: Awarded,
  entries: readonly E[],
): { entry: E; awards: EntryAward[] }[] {
  return entries
    .map((entry) => ({ entry, awards: awardsOfEntry(results, entry.id) }))
    .filter((winner) => winner.awards.length > 0);
}

/**
 * How a total is made from the stage totals by the stated rule, written out so anyone can redo it:
 * "91,08 + 64,12 = 155,2", "30% × 91,08 + 70% × 64,12 = 72,2", or the final's total alone.
 */
export function totalTrace(
  combination: Combination,
  stageTotals: readonly number[],
  total: number,
  format: (value: number) => string,
): string {
  if (stageTotals.length === 0) return format(total);
  if (combination.kind === 'final') return format(total);
  const terms = stageTotals.map((value, i) =>
    combination.kind === 'weighted'
      ? `${format(combination.weights[i] ?? 0)}% × ${format(value)}`
      : format(value),
  );
  return `${terms.join(' + ')} = ${format(total)}`;
}

/** Whether a stage's total counts in the combined total (the final alone counts only the last). */
export const stageCounts = (combination: Combination, index: number, stageCount: number): boolean =>
  combination.kind !== 'final' || index === stageCount - 1;

/** What the track pays out: main prizes by winner, side prizes that found a winner, unit prizes. */
export function prizePurse(results: Pick<TrackResults, 'standings' | 'sidePrizes' | 'units'>): {
  winners: number;
  amount: number;
} {
  const amounts = [
    ...results.standings.flatMap((standing) => (standing.prize ? [standing.prize.amount] : [])),
    ...results.sidePrizes.flatMap((prize) => (prize.entryId !== null ? [prize.amount] : [])),
    ...results.units.flatMap((unit) => (unit.prize ? [unit.prize.amount] : [])),
  ];
  return { winners: amounts.length, amount: amounts.reduce((sum, amount) => sum + amount, 0) };
}

/** The rule in stage names, for the line above the ranking: "30% × Sơ khảo + 70% × Chung kết". */
export function combinationFormula(
  combination: Combination,
  stageNames: readonly string[],
  format: (value: number) => string,
): string {
  if (combination.kind === 'final') return stageNames.at(-1) ?? '';
  return stageNames
    .map((name, i) =>
      combination.kind === 'weighted' ? `${format(combination.weights[i] ?? 0)}% × ${name}` : name,
    )
    .join(' + ');
}
