import type { ContestComparison, UnitLevel } from '@contest/contracts';
import { foldForSearch } from '@contest/domain';

import { formatNumber, formatPercent } from '../../../lib/format';
import { hasEveryWord } from '../units/unit-tree';
import { NO_FIGURE, ratePercent } from './report-figures';

/** The change from the earlier contest to this one; null when either side is not known. */
export interface FigureChange {
  delta: number;
  /** delta ÷ earlier; null when the earlier figure is 0 (nothing to divide by). */
  ratio: number | null;
}

export function figureChange(current: number | null, earlier: number | null): FigureChange | null {
  if (current === null || earlier === null) return null;
  const delta = current - earlier;
  return { delta, ratio: earlier === 0 ? null : delta / earlier };
}

const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text);

/** "+1.234" / "−19"; a dash when the change is not known. */
export function formatDelta(change: FigureChange | null, language: string): string {
  return change === null ? NO_FIGURE : signed(formatNumber(change.delta, language), change.delta);
}

/** "+12,5 %" / "−3 %"; a dash when the change is not known or the earlier figure was 0. */
export function formatChangeRatio(change: FigureChange | null, language: string): string {
  if (change === null || change.ratio === null) return NO_FIGURE;
  return signed(formatPercent(change.ratio, language), change.ratio);
}

/** A change of rate in percentage points, one decimal: "+4,2" (the column header says "điểm %"). */
export function formatRateChange(current: number | null, earlier: number | null, language: string): string {
  const change = figureChange(ratePercent(current), ratePercent(earlier));
  if (change === null) return NO_FIGURE;
  return signed(formatNumber(Math.round(change.delta * 10) / 10, language), change.delta);
}

export type ChangeTone = 'up' | 'down' | 'same' | 'unknown';
export const changeTone = (change: FigureChange | null): ChangeTone =>
  change === null ? 'unknown' : change.delta > 0 ? 'up' : change.delta < 0 ? 'down' : 'same';

export const COMPARISON_TOTALS = ['participatingUnits', 'participants', 'attempts', 'weeks'] as const;
export type ComparisonTotalKey = (typeof COMPARISON_TOTALS)[number];

export interface ComparisonTotalRow {
  key: ComparisonTotalKey;
  current: number | null;
  earlier: number | null;
  change: FigureChange | null;
}

export function comparisonTotalRows(totals: ContestComparison['totals']): ComparisonTotalRow[] {
  return COMPARISON_TOTALS.map((key) => ({
    key,
    current: totals.current[key],
    earlier: totals.earlier[key],
    change: figureChange(totals.current[key], totals.earlier[key]),
  }));
}

export interface ComparisonWeek {
  weekNumber: number;
  /** Null: the contest had no such week (or, typed in, its weeks are not known). */
  current: number | null;
  earlier: number | null;
}

/** Participants week by week on both sides, oldest week first. */
export function comparisonWeeks(trend: ContestComparison['trend']): ComparisonWeek[] {
  return [...trend]
    .sort((a, b) => a.weekNumber - b.weekNumber)
    .map((week) => ({
      weekNumber: week.weekNumber,
      current: week.current?.participants ?? null,
      earlier: week.earlier?.participants ?? null,
    }));
}

export type ComparedUnit = ContestComparison['units'][number];
export type UnitChangeSort = 'participants' | 'rate';
export type SortDirection = 'up' | 'down';

export interface UnitComparisonFilter {
  sort: UnitChangeSort;
  /** 'up': the largest increase first; 'down': the largest fall first. */
  direction: SortDirection;
  level: UnitLevel | null;
  search: string;
}

const unitChange = (unit: ComparedUnit, sort: UnitChangeSort): number | null =>
  sort === 'participants'
    ? unit.current.participants - unit.earlier.participants
    : (figureChange(unit.current.participationRate, unit.earlier.participationRate)?.delta ?? null);

/**
 * The unit rows of the comparison: one level or all, matching every word of the search (name or
 * code, diacritics ignored), by the chosen change; units whose change is not known go last, ties by name.
 */
export function comparedUnits(units: readonly ComparedUnit[], filter: UnitComparisonFilter): ComparedUnit[] {
  const folded = foldForSearch(filter.search);
  const sign = filter.direction === 'up' ? -1 : 1;
  return units
    .filter((unit) => filter.level === null || unit.level === filter.level)
    .filter((unit) => !folded || hasEveryWord(`${unit.name} ${unit.code}`, folded))
    .sort((a, b) => {
      const [x, y] = [unitChange(a, filter.sort), unitChange(b, filter.sort)];
      if (x !== y) {
        if (x === null) return 1;
        if (y === null) return -1;
        return sign * (x - y);
      }
      return a.name.localeCompare(b.name, 'vi');
    });
}
