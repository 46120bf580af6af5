import type { CollectiveRule } from '@contest/contracts';

import { collectiveStandings, type CollectiveInput } from './collective';

const unit = (code: string, o: Partial<CollectiveInput> = {}): CollectiveInput => ({
  unitId: code.charCodeAt(0),
  code,
  name: `Đơn vị ${code}`,
  level: 'commune',
  headcount: 100,
  participants: 80,
  participationRate: 0.8,
  averageScore: 16,
  averageShare: 0.8,
  roundsWithParticipants: 4,
  rounds: 4,
  ...o,
});

const rule: CollectiveRule = {
  weights: { participationRate: 60, averageScore: 30, roundsWithParticipants: 10 },
  minHeadcount: 20,
  levels: ['department', 'commune'],
  prizes: [
    { name: 'Giải Nhất', count: 1, amount: 5_000_000 },
    { name: 'Giải Nhì', count: 2, amount: 3_000_000 },
  ],
  tieBreak: ['participationRate', 'averageScore'],
};

describe('collective prizes', () => {
  it('adds weight × component, shown with each component so it can be checked by hand', () => {
    const [first] = collectiveStandings(
      [unit('A', { participationRate: 0.9, averageShare: 0.7, roundsWithParticipants: 3 })],
      rule,
    );
    expect(first.points).toEqual({ participationRate: 54, averageScore: 21, roundsWithParticipants: 7.5 });
    expect(first.total).toBe(82.5);
    expect(first).toMatchObject({ rank: 1, prize: { name: 'Giải Nhất', amount: 5_000_000 } });
  });

  it('caps a rate above 100 % and rounds the total to what is shown', () => {
    const [u] = collectiveStandings([unit('A', { participationRate: 1.4, averageShare: 2 / 3 })], rule);
    expect(u.points.participationRate).toBe(60);
    expect(u.points.averageScore).toBe(20);
    expect(u.total).toBe(90);
  });

  it('breaks equal totals by the stated order, then by unit code, and hands out prizes in order', () => {
    // B and C have the same total; C has the higher rate, so it ranks first of the two.
    const standings = collectiveStandings(
      [
        unit('B', { participationRate: 0.8, averageShare: 0.8 }),
        unit('C', { participationRate: 0.85, averageShare: 0.7 }),
        unit('D', { participationRate: 0.8, averageShare: 0.8 }),
        unit('E', { participationRate: 0.5 }),
      ],
      rule,
    );
    expect(standings.map((s) => [s.code, s.total, s.rank, s.prize?.name ?? null])).toEqual([
      ['C', 82, 1, 'Giải Nhất'],
      ['B', 82, 2, 'Giải Nhì'],
      ['D', 82, 3, 'Giải Nhì'],
      ['E', 64, 4, null],
    ]);
  });

  it('lists units below the minimum headcount or of a level not competing, unranked, with why', () => {
    const standings = collectiveStandings(
      [unit('A', { headcount: 10, participationRate: 1 }), unit('P', { level: 'province' }), unit('B')],
      rule,
    );
    expect(standings.map((s) => [s.code, s.rank, s.ineligible, s.prize])).toEqual([
      ['B', 1, null, { name: 'Giải Nhất', amount: 5_000_000 }],
      ['A', null, 'headcount', null],
      ['P', null, 'level', null],
    ]);
  });
});
