import { OPTION_LETTERS, type QuestionStat } from '@contest/contracts';

/** Discrimination with two decimals ("0.35", "-0.12"); a dash when too few took the question. */
export const formatDiscrimination = (value: number | null): string =>
  value === null ? '—' : value.toFixed(2);

/** Facility as a whole percentage, "72%". */
export const formatFacility = (facility: number): string => `${Math.round(facility * 100)}%`;

/** Each option with its letter, how many chose it, their share of those shown it, and whether it is the key. */
export function optionChoices(
  stat: Pick<QuestionStat, 'optionCounts' | 'correctOption' | 'shown'>,
): { letter: string; count: number; share: number; isKey: boolean }[] {
  return stat.optionCounts.map((count, index) => ({
    letter: OPTION_LETTERS[index] ?? String(index + 1),
    count,
    share: stat.shown > 0 ? count / stat.shown : 0,
    isKey: index === stat.correctOption,
  }));
}
