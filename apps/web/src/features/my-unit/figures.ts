import type { Figures, UnitFigures, UnitReport } from '@contest/contracts';

import { formatNumber, formatPercent } from '../../lib/format';

/** Shown for a figure the server has no value for (no headcount, no participants, scores hidden). */
export const NO_FIGURE = '—';

/** Below what a rate shows to one decimal; a province's first few participants are not "0%". */
const SMALLEST_RATE = 0.001;

export function rateText(ratio: number | null, language: string): string {
  if (ratio === null) return NO_FIGURE;
  if (ratio > 0 && ratio < SMALLEST_RATE) return `< ${formatPercent(SMALLEST_RATE, language)}`;
  return formatPercent(ratio, language);
}

/** The chart's top in percent: the highest week rounded up to ten, at least 10 and at most 100. */
export const chartTop = (highest: number): number =>
  Math.min(100, Math.max(10, Math.ceil(highest / 10) * 10));

export const scoreText = (score: number | null, language: string): string =>
  score === null
    ? NO_FIGURE
    : new Intl.NumberFormat(language.startsWith('en') ? 'en-GB' : 'vi-VN', {
        maximumFractionDigits: 1,
      }).format(score);

export const countText = (count: number, language: string): string => formatNumber(count, language);

/** The rank among same-level units, or null when the unit has no rate to be ranked by. */
export function rankOf(figures: Pick<UnitFigures, 'rankByRate' | 'rankedOfLevel'>) {
  return figures.rankByRate === null ? null : { rank: figures.rankByRate, of: figures.rankedOfLevel };
}

export interface WeekPoint {
  week: string;
  /** Percent (0–100), since the chart's axis reads in percent; null for a week without a headcount. */
  rate: number | null;
  participants: number;
}

/** The report's rounds, week 1 first, as the chart plots them. */
export function weeklyPoints(
  byRound: UnitReport['byRound'],
  weekLabel: (week: number) => string,
): WeekPoint[] {
  return [...byRound]
    .sort((a, b) => a.weekNumber - b.weekNumber)
    .map((round) => ({
      week: weekLabel(round.weekNumber),
      rate: round.participationRate === null ? null : Math.round(round.participationRate * 1000) / 10,
      participants: round.participants,
    }));
}

/** Best participation first; sub-units without a rate (no headcount) last, by name. */
export function subUnitsByRate<T extends Pick<Figures, 'participationRate'> & { name: string }>(
  units: readonly T[],
): T[] {
  const collator = new Intl.Collator('vi');
  return [...units].sort(
    (a, b) => (b.participationRate ?? -1) - (a.participationRate ?? -1) || collator.compare(a.name, b.name),
  );
}
