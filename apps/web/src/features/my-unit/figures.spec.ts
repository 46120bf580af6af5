import type { UnitReport } from '@contest/contracts';

import { NO_FIGURE, chartTop, rankOf, rateText, scoreText, subUnitsByRate, weeklyPoints } from './figures';

describe('figures', () => {
  it('shows a dash for a figure the server has no value for', () => {
    expect(rateText(null, 'vi')).toBe(NO_FIGURE);
    expect(scoreText(null, 'en')).toBe(NO_FIGURE);
    expect(rateText(0.425, 'en')).toBe('42.5%');
    expect(scoreText(17.25, 'vi')).toBe('17,3');
  });

  it('never shows a rate with participants as 0%', () => {
    expect(rateText(2 / 7518, 'en')).toBe('< 0.1%');
    expect(rateText(0, 'en')).toBe('0%');
  });

  it('tops the chart at the next ten above the best week', () => {
    expect(chartTop(2.6)).toBe(10);
    expect(chartTop(43)).toBe(50);
    expect(chartTop(100)).toBe(100);
  });

  it('ranks only a unit that has a rate', () => {
    expect(rankOf({ rankByRate: 3, rankedOfLevel: 19 })).toEqual({ rank: 3, of: 19 });
    expect(rankOf({ rankByRate: null, rankedOfLevel: 19 })).toBeNull();
  });

  it('plots the weeks in order, in percent, keeping a week without a rate as a gap', () => {
    const byRound = [
      { weekNumber: 2, participationRate: 0.5, participants: 10 },
      { weekNumber: 1, participationRate: 0.1234, participants: 3 },
      { weekNumber: 3, participationRate: null, participants: 0 },
    ] as UnitReport['byRound'];
    expect(weeklyPoints(byRound, (week) => `W${week}`)).toEqual([
      { week: 'W1', rate: 12.3, participants: 3 },
      { week: 'W2', rate: 50, participants: 10 },
      { week: 'W3', rate: null, participants: 0 },
    ]);
  });

  it('orders sub-units by participation, the ones without a rate last', () => {
    const units = [
      { name: 'Phòng B', participationRate: null },
      { name: 'Phòng C', participationRate: 0.2 },
      { name: 'Phòng A', participationRate: 0.9 },
      { name: 'Phòng Ă', participationRate: null },
    ];
    expect(subUnitsByRate(units).map((u) => u.name)).toEqual(['Phòng A', 'Phòng C', 'Phòng Ă', 'Phòng B']);
  });
});
