import type { DashboardSnapshot } from '@contest/contracts';

import {
  gradingProgress,
  newerSnapshot,
  perMinuteChartData,
  topUnitBars,
  unitRate,
} from './dashboard-figures';

const snapshot = (at: string, participants = 1): DashboardSnapshot => ({
  roundId: 5,
  at,
  participants,
  attempts: { started: 3, inProgress: 1, submitted: 1, graded: 1 },
  perMinute: [],
  queue: { waiting: 0, active: 0, delayed: 0 },
  leaderboard: [],
  topUnits: [],
});

describe('gradingProgress', () => {
  it('is graded over handed in (waiting plus graded)', () => {
    expect(gradingProgress({ started: 10, inProgress: 4, submitted: 2, graded: 6 })).toEqual({
      done: 6,
      total: 8,
      ratio: 0.75,
    });
  });

  it('has no ratio before anything was handed in', () => {
    expect(gradingProgress({ started: 3, inProgress: 3, submitted: 0, graded: 0 }).ratio).toBeNull();
  });
});

describe('perMinuteChartData', () => {
  const hhmm = (iso: string) => iso.slice(11, 16);

  it('labels each minute, oldest first, and draws the quiet minutes in between as zero', () => {
    const bars = perMinuteChartData(
      [
        { minute: '2025-05-19T01:03:00.000Z', count: 2 },
        { minute: '2025-05-19T01:00:00.000Z', count: 5 },
        { minute: '2025-05-19T01:01:00.000Z', count: 20 },
      ],
      hhmm,
    );
    expect(bars.map((bar) => [bar.label, bar.count])).toEqual([
      ['01:00', 5],
      ['01:01', 20],
      ['01:02', 0],
      ['01:03', 2],
    ]);
  });

  it('draws nothing before the first start', () => {
    expect(perMinuteChartData([], hhmm)).toEqual([]);
  });
});

describe('topUnitBars', () => {
  it('keeps the snapshot order and turns each unit into a percentage, none without a headcount', () => {
    const bars = topUnitBars([
      { unitId: 1, name: 'Sở Nội vụ', participants: 30, headcount: 120 },
      { unitId: 2, name: 'Xã Đông Phú', participants: 2, headcount: 3 },
      { unitId: 3, name: 'Ban Dân vận', participants: 4, headcount: 0 },
    ]);
    expect(bars.map((bar) => [bar.unitId, bar.rate])).toEqual([
      [1, 25],
      [2, 66.7],
      [3, null],
    ]);
  });
});

describe('unitRate', () => {
  it('divides participants by headcount, and has none without a headcount', () => {
    expect(unitRate({ participants: 30, headcount: 120 })).toBe(0.25);
    expect(unitRate({ participants: 3, headcount: 0 })).toBeNull();
  });
});

describe('newerSnapshot', () => {
  it('keeps the latest snapshot whichever arrives last', () => {
    const older = snapshot('2025-05-19T01:00:00Z', 1);
    const newer = snapshot('2025-05-19T01:00:01Z', 2);
    expect(newerSnapshot(undefined, older)).toBe(older);
    expect(newerSnapshot(older, newer)).toBe(newer);
    expect(newerSnapshot(newer, older)).toBe(newer);
  });
});
