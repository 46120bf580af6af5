import type { ContestReport, UnitFigures } from '@contest/contracts';

import {
  formatRate,
  formatScore,
  levelBars,
  levelsPresent,
  rankedUnits,
  rateColor,
  ratePercent,
  trendPoints,
} from './report-figures';

const totals = (participants: number, headcount: number, units = 1) => ({
  headcount,
  participants,
  attempts: participants,
  averageScore: null,
  fullMarksShare: null,
  participationRate: headcount > 0 ? participants / headcount : null,
  units,
  participatingUnits: participants > 0 ? 1 : 0,
});

const figures = (unitId: number, name: string, over: Partial<UnitFigures>): UnitFigures => ({
  ...totals(0, 0),
  unitId,
  code: `U${unitId}`,
  name,
  level: 'commune',
  parentId: null,
  parentName: null,
  roundsWithParticipants: 0,
  rankByRate: null,
  rankByScore: null,
  rankedOfLevel: 0,
  ...over,
});

describe('formatRate and formatScore', () => {
  it('write rates as percentages in Vietnamese or English digits, and a dash for none', () => {
    expect(formatRate(0.455, 'vi')).toMatch(/^45,5\s?%$/);
    expect(formatRate(0.455, 'en')).toBe('45.5%');
    expect(formatRate(null, 'vi')).toBe('—');
    expect(formatScore(7.25, 'vi')).toBe('7,3');
    expect(formatScore(null, 'en')).toBe('—');
  });
});

describe('rateColor', () => {
  it('colours by band, with grey for a unit without a rate', () => {
    expect(rateColor(0.95)).toBe('teal');
    expect(rateColor(0.9)).toBe('teal');
    expect(rateColor(0.75)).toBe('lime');
    expect(rateColor(0.5)).toBe('yellow');
    expect(rateColor(0.31)).toBe('orange');
    expect(rateColor(0)).toBe('red');
    expect(rateColor(null)).toBe('gray');
  });
});

describe('trendPoints', () => {
  it('puts the weeks in order with the rate as a one-decimal percentage', () => {
    const trend = [
      { ...totals(30, 120), roundId: 12, weekNumber: 2 },
      { ...totals(20, 120), roundId: 11, weekNumber: 1 },
      { ...totals(0, 0), roundId: 13, weekNumber: 3 },
    ];
    expect(trendPoints(trend)).toEqual([
      { weekNumber: 1, participants: 20, rate: 16.7 },
      { weekNumber: 2, participants: 30, rate: 25 },
      { weekNumber: 3, participants: 0, rate: null },
    ]);
    expect(ratePercent(1)).toBe(100);
  });
});

describe('levelBars', () => {
  it('draws the levels that expect anyone, province first, whatever order the report lists them in', () => {
    const byLevel: ContestReport['byLevel'] = [
      { ...totals(50, 100, 10), level: 'commune' },
      { ...totals(0, 0, 0), level: 'school' },
      { ...totals(9, 10, 1), level: 'province' },
    ];
    expect(levelBars(byLevel).map((bar) => [bar.level, bar.rate])).toEqual([
      ['province', 90],
      ['commune', 50],
    ]);
  });
});

describe('rankedUnits', () => {
  const units = [
    figures(1, 'Xã B', { participationRate: 0.5, averageScore: 8, level: 'commune' }),
    figures(2, 'Xã A', { participationRate: 0.5, averageScore: null, level: 'commune' }),
    figures(3, 'Xã C', { participationRate: null, averageScore: 9, level: 'commune' }),
    figures(4, 'Sở D', { participationRate: 0.9, averageScore: 6, level: 'department' }),
  ];
  const ids = (rows: UnitFigures[]) => rows.map((unit) => unit.unitId);

  it('puts the best rate first, ties by name, units without a rate last', () => {
    expect(ids(rankedUnits(units, 'rate', null))).toEqual([4, 2, 1, 3]);
  });

  it('sorts by average score when asked, and keeps only the chosen level', () => {
    expect(ids(rankedUnits(units, 'score', null))).toEqual([3, 1, 4, 2]);
    expect(ids(rankedUnits(units, 'rate', 'department'))).toEqual([4]);
  });

  it('does not reorder the report it was given', () => {
    rankedUnits(units, 'score', null);
    expect(ids(units)).toEqual([1, 2, 3, 4]);
  });

  it('offers the levels present, in the tree’s order', () => {
    expect(levelsPresent(units)).toEqual(['department', 'commune']);
  });
});
