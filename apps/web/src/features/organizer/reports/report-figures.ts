import { UNIT_LEVELS, type ContestReport, type UnitFigures, type UnitLevel } from '@contest/contracts';

import { formatNumber, formatPercent } from '../../../lib/format';

export const NO_FIGURE = '—';

/** A rate as a percentage in the reader's digits ("45,5 %" in Vietnamese); a dash when there is none. */
export function formatRate(rate: number | null, language: string): string {
  return rate === null ? NO_FIGURE : formatPercent(rate, language);
}

export function formatScore(score: number | null, language: string): string {
  return score === null ? NO_FIGURE : formatNumber(Math.round(score * 10) / 10, language);
}

export function formatCount(value: number | null, language: string): string {
  return value === null ? NO_FIGURE : formatNumber(value, language);
}

/** Colour bands of a participation rate, the same on the badges, the bars and the legend. */
export const RATE_BANDS = [
  { from: 0.9, color: 'teal' },
  { from: 0.7, color: 'lime' },
  { from: 0.5, color: 'yellow' },
  { from: 0.3, color: 'orange' },
  { from: 0, color: 'red' },
] as const;

export type RateColor = (typeof RATE_BANDS)[number]['color'] | 'gray';

export function rateColor(rate: number | null): RateColor {
  if (rate === null) return 'gray';
  return (RATE_BANDS.find((band) => rate >= band.from) ?? RATE_BANDS[RATE_BANDS.length - 1]).color;
}

/** A rate as the charts plot it: a percentage with one decimal, null kept as a gap. */
export const ratePercent = (rate: number | null): number | null =>
  rate === null ? null : Math.round(rate * 1000) / 10;

export interface TrendPoint {
  weekNumber: number;
  participants: number;
  rate: number | null;
}

/** The weekly trend, oldest week first. */
export function trendPoints(trend: ContestReport['trend']): TrendPoint[] {
  return [...trend]
    .sort((a, b) => a.weekNumber - b.weekNumber)
    .map((week) => ({
      weekNumber: week.weekNumber,
      participants: week.participants,
      rate: ratePercent(week.participationRate),
    }));
}

export interface LevelBar {
  level: UnitLevel;
  rate: number | null;
  participants: number;
  headcount: number;
}

/** One bar per level that expects anyone, province down to school. */
export function levelBars(byLevel: ContestReport['byLevel']): LevelBar[] {
  return UNIT_LEVELS.flatMap((level) => {
    const row = byLevel.find((candidate) => candidate.level === level);
    if (!row || (row.units === 0 && row.headcount === 0)) return [];
    return [
      {
        level,
        rate: ratePercent(row.participationRate),
        participants: row.participants,
        headcount: row.headcount,
      },
    ];
  });
}

export type RankingSort = 'rate' | 'score';

/**
 * The ranking table's rows: one level or all, best first by the chosen figure; units without it go last,
 * ties by name. The ranks themselves are the server's (within a level), shown as they are.
 */
export function rankedUnits(
  units: readonly UnitFigures[],
  sort: RankingSort,
  level: UnitLevel | null,
): UnitFigures[] {
  const value = (unit: UnitFigures) => (sort === 'rate' ? unit.participationRate : unit.averageScore);
  return units
    .filter((unit) => level === null || unit.level === level)
    .sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      if (x !== y) {
        if (x === null) return 1;
        if (y === null) return -1;
        return y - x;
      }
      return a.name.localeCompare(b.name, 'vi');
    });
}

/** The levels that have units in the report, for the ranking's filter. */
export function levelsPresent(units: readonly UnitFigures[]): UnitLevel[] {
  const present = new Set(units.map((unit) => unit.level));
  return UNIT_LEVELS.filter((level) => present.has(level));
}
