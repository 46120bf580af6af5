import type { CollectiveStanding } from '@contest/contracts';

import { availableSources, finaliseRequest, prizesGiven, splitStandings, standingsOf } from './standings';

const standing = (unitId: number, extra: Partial<CollectiveStanding> = {}): CollectiveStanding => ({
  rank: null,
  unitId,
  code: `U${unitId}`,
  name: `Đơn vị ${unitId}`,
  level: 'commune',
  headcount: 30,
  participants: 10,
  participationRate: 0.3,
  averageScore: 8,
  averageShare: 0.8,
  roundsWithParticipants: 1,
  rounds: 1,
  points: { participationRate: 18, averageScore: 24, roundsWithParticipants: 10 },
  total: 52,
  ineligible: null,
  prize: null,
  ...extra,
});

describe('splitStandings', () => {
  it('orders competing units by rank and keeps the ineligible apart, best total first', () => {
    const { ranked, ineligible } = splitStandings([
      standing(1, { rank: 2 }),
      standing(2, { ineligible: 'headcount', total: 40 }),
      standing(3, { rank: 1 }),
      standing(4, { ineligible: 'level', total: 60 }),
    ]);
    expect(ranked.map((s) => s.unitId)).toEqual([3, 1]);
    expect(ineligible.map((s) => s.unitId)).toEqual([4, 2]);
  });
});

describe('sources', () => {
  it('shows the finalised result first when there is one', () => {
    const finalised = {
      at: '2026-12-30T00:00:00.000Z',
      byName: 'BTC',
      reason: null,
      standings: [standing(9)],
    };
    expect(availableSources({ finalised, preview: [standing(1)] })).toEqual(['finalised', 'preview']);
    expect(availableSources({ finalised: null, preview: null })).toEqual([]);
    expect(standingsOf({ finalised, preview: [standing(1)] }, 'finalised').map((s) => s.unitId)).toEqual([9]);
  });
});

describe('prizesGiven', () => {
  it('counts units and money per prize', () => {
    expect(
      prizesGiven([
        standing(1, { rank: 1, prize: { name: 'Nhất', amount: 5 } }),
        standing(2, { rank: 2, prize: { name: 'Nhì', amount: 3 } }),
        standing(3, { rank: 3, prize: { name: 'Nhì', amount: 3 } }),
        standing(4, { rank: 4 }),
      ]),
    ).toEqual([
      { name: 'Nhất', units: 1, amount: 5 },
      { name: 'Nhì', units: 2, amount: 6 },
    ]);
  });
});

describe('finaliseRequest', () => {
  it('asks nothing the first time', () => {
    expect(finaliseRequest(false, '')).toEqual({ ok: true, body: {} });
  });

  it('needs a reason of at least five characters to finalise again', () => {
    expect(finaliseRequest(true, '  sai ')).toEqual({ ok: false });
    expect(finaliseRequest(true, ' Sửa biên chế ')).toEqual({ ok: true, body: { reason: 'Sửa biên chế' } });
    expect(finaliseRequest(true, 'x'.repeat(501))).toEqual({ ok: false });
  });
});
