import type { ContestComparison } from '@contest/contracts';

import {
  comparedUnits,
  comparisonTotalRows,
  comparisonWeeks,
  figureChange,
  formatChangeRatio,
  formatDelta,
  formatRateChange,
  type ComparedUnit,
} from './comparison-figures';

const unit = (
  unitId: number,
  name: string,
  level: ComparedUnit['level'],
  current: [number, number | null],
  earlier: [number, number | null],
): ComparedUnit => ({
  unitId,
  code: `U${unitId}`,
  name,
  level,
  current: { participants: current[0], attempts: current[0], participationRate: current[1] },
  earlier: { participants: earlier[0], attempts: earlier[0], participationRate: earlier[1] },
});

describe('figureChange', () => {
  it('gives the difference and the share of the earlier figure', () => {
    expect(figureChange(150, 120)).toEqual({ delta: 30, ratio: 0.25 });
    expect(figureChange(90, 120)).toEqual({ delta: -30, ratio: -0.25 });
  });

  it('is unknown when either side is unknown, and has no percentage over an earlier 0', () => {
    expect(figureChange(294, null)).toBeNull();
    expect(figureChange(null, 5)).toBeNull();
    expect(figureChange(12, 0)).toEqual({ delta: 12, ratio: null });
  });

  it('is written with a sign, and a dash where it is not known', () => {
    expect(formatDelta(figureChange(1152, 152), 'vi')).toBe('+1.000');
    expect(formatDelta(figureChange(152, 171), 'en')).toBe('-19');
    expect(formatDelta(null, 'vi')).toBe('—');
    expect(formatChangeRatio(figureChange(150, 120), 'en')).toBe('+25%');
    expect(formatChangeRatio(figureChange(12, 0), 'en')).toBe('—');
    expect(formatRateChange(0.5, 0.458, 'en')).toBe('+4.2');
    expect(formatRateChange(0.5, null, 'en')).toBe('—');
  });
});

describe('comparisonTotalRows', () => {
  it('keeps the four totals in order and leaves unknown participants without a change', () => {
    const rows = comparisonTotalRows({
      current: { participatingUnits: 152, participants: 294, attempts: 294, weeks: 1 },
      earlier: { participatingUnits: 171, participants: null, attempts: 26915, weeks: 4 },
    });
    expect(rows.map((row) => row.key)).toEqual(['participatingUnits', 'participants', 'attempts', 'weeks']);
    expect(rows[0].change).toEqual({ delta: -19, ratio: -19 / 171 });
    expect(rows[1]).toMatchObject({ current: 294, earlier: null, change: null });
    expect(rows[2].change?.delta).toBe(294 - 26915);
  });
});

describe('comparisonWeeks', () => {
  it('sorts the weeks and keeps a missing side as null, not 0', () => {
    const figures = { participants: 7, attempts: 7, participationRate: null, participatingUnits: 1 };
    const trend: ContestComparison['trend'] = [
      { weekNumber: 2, current: null, earlier: { ...figures, participants: 3 } },
      { weekNumber: 1, current: figures, earlier: null },
    ];
    expect(comparisonWeeks(trend)).toEqual([
      { weekNumber: 1, current: 7, earlier: null },
      { weekNumber: 2, current: null, earlier: 3 },
    ]);
  });
});

describe('comparedUnits', () => {
  const units = [
    unit(1, 'Sở Nội vụ', 'department', [40, 0.4], [10, 0.1]),
    unit(2, 'Xã Đông Hà', 'commune', [5, 0.05], [25, 0.5]),
    unit(3, 'Sở Tài chính', 'department', [20, null], [20, 0.2]),
    unit(4, 'Phường An Lạc', 'commune', [30, 0.7], [12, 0.3]),
  ];
  const base = { sort: 'participants', direction: 'up', level: null, search: '' } as const;
  const names = (rows: ComparedUnit[]) => rows.map((row) => row.unitId);

  it('puts the largest rise first, or the largest fall', () => {
    expect(names(comparedUnits(units, base))).toEqual([1, 4, 3, 2]);
    expect(names(comparedUnits(units, { ...base, direction: 'down' }))).toEqual([2, 3, 4, 1]);
  });

  it('sorts by the change of rate with unknown rates last either way', () => {
    expect(names(comparedUnits(units, { ...base, sort: 'rate' }))).toEqual([4, 1, 2, 3]);
    expect(names(comparedUnits(units, { ...base, sort: 'rate', direction: 'down' }))).toEqual([2, 1, 4, 3]);
  });

  it('filters by level and by name without diacritics', () => {
    expect(names(comparedUnits(units, { ...base, level: 'commune' }))).toEqual([4, 2]);
    expect(names(comparedUnits(units, { ...base, search: 'dong ha' }))).toEqual([2]);
    expect(names(comparedUnits(units, { ...base, search: 'SO' }))).toEqual([1, 3]);
  });
});
