import type { DashboardSnapshot } from '@contest/contracts';

import { gradingProgress, newerSnapshot, perMinuteBars, unitRate } from './dashboard-figures';

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

describe('perMinuteBars', () => {
  it('scales each minute to the busiest one', () => {
    const bars = perMinuteBars([
      { minute: '2025-05-19T01:00:00Z', count: 5 },
      { minute: '2025-05-19T01:01:00Z', count: 20 },
      { minute: '2025-05-19T01:02:00Z', count: 0 },
    ]);
    expect(bars.map((bar) => bar.height)).toEqual([0.25, 1, 0]);
  });

  it('draws empty bars when nobody started', () => {
    expect(perMinuteBars([{ minute: '2025-05-19T01:00:00Z', count: 0 }])[0].height).toBe(0);
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
