import type { UnitsBoard, UnitsBoardRow } from '@contest/contracts';

import {
  boardRows,
  defaultView,
  levelsOnBoard,
  namesToTellApart,
  newerBoard,
  rankByRate,
  rateBarValue,
} from './board-rows';

const row = (unitId: number, rate: number | null, extra: Partial<UnitsBoardRow> = {}): UnitsBoardRow => ({
  rank: null,
  unitId,
  code: `U${unitId}`,
  name: `Đơn vị ${unitId}`,
  level: 'commune',
  parentName: null,
  headcount: 10,
  participants: rate === null ? 0 : Math.round(rate * 10),
  participationRate: rate,
  averageScore: null,
  ...extra,
});

describe('rankByRate', () => {
  it('puts the best rate first, shares ranks on equal rates and skips after them', () => {
    const ranked = rankByRate([row(1, 0.2), row(2, 0.5), row(3, 0.2), row(4, 0.1)]);
    expect(ranked.map((r) => [r.unitId, r.rank])).toEqual([
      [2, 1],
      [1, 2],
      [3, 2],
      [4, 4],
    ]);
  });

  it('leaves units without a rate unranked, at the end', () => {
    const ranked = rankByRate([row(1, null), row(2, 0)]);
    expect(ranked.map((r) => [r.unitId, r.rank])).toEqual([
      [2, 1],
      [1, null],
    ]);
  });
});

describe('boardRows', () => {
  const rows = [
    row(1, 0.9, { level: 'department', rank: 1 }),
    row(2, 0.5, { level: 'commune', name: 'Xã Kim Chính', rank: 2 }),
    row(3, 0.4, { level: 'commune', name: 'Xã Phong Sơn', rank: 3 }),
  ];

  it('ranks a level within itself, so the best commune is first', () => {
    expect(boardRows(rows, 'commune').map((r) => [r.unitId, r.rank])).toEqual([
      [2, 1],
      [3, 2],
    ]);
  });

  it('finds a unit without diacritics and keeps its rank', () => {
    expect(boardRows(rows, null, 'phong son').map((r) => [r.unitId, r.rank])).toEqual([[3, 3]]);
    expect(boardRows(rows, 'commune', 'kim').map((r) => [r.unitId, r.rank])).toEqual([[2, 1]]);
  });
});

describe('levelsOnBoard', () => {
  it('offers only the levels present, in the tree order', () => {
    expect(levelsOnBoard([row(1, 0, { level: 'school' }), row(2, 0, { level: 'department' })])).toEqual([
      'department',
      'school',
    ]);
  });
});

describe('rateBarValue', () => {
  it('is a percentage capped at 100 and 0 without a rate', () => {
    expect(rateBarValue(0.385)).toBeCloseTo(38.5);
    expect(rateBarValue(1.2)).toBe(100);
    expect(rateBarValue(null)).toBe(0);
  });
});

describe('newerBoard and defaultView', () => {
  const board = (at: string, contestId = 1, current: UnitsBoardRow[] = []): UnitsBoard => ({
    contest: { id: contestId, name: 'C', year: 2026 },
    round: null,
    at,
    current,
    overall: [],
  });

  it('keeps the later board when a push and a fetch cross', () => {
    const early = board('2026-12-02T04:00:00.000Z');
    const late = board('2026-12-02T04:00:05.000Z');
    expect(newerBoard(late, early)).toBe(late);
    expect(newerBoard(early, late)).toBe(late);
    expect(newerBoard(late, board('2026-01-01T00:00:00.000Z', 2))).not.toBe(late);
  });

  it('opens on this week while it has units, else on the whole contest', () => {
    expect(defaultView(board('2026-12-02T04:00:00.000Z', 1, [row(1, 0.1)]))).toBe('current');
    expect(defaultView(board('2026-12-02T04:00:00.000Z'))).toBe('overall');
  });
});

describe('namesToTellApart', () => {
  it("names the parent of units that share a name, diacritics and case aside, and no one else's", () => {
    const apart = namesToTellApart([
      row(1, 0.5, { name: 'Phòng Nội vụ', parentName: 'Huyện Bình Sơn' }),
      row(2, 0.4, { name: 'PHONG NOI VU', parentName: 'Huyện Nam Giang' }),
      row(3, 0.3, { name: 'Sở Tư pháp', parentName: 'UBND tỉnh' }),
    ]);
    expect([...apart]).toEqual([
      [1, 'Huyện Bình Sơn'],
      [2, 'Huyện Nam Giang'],
    ]);
  });

  it('falls back to the code when the parents do not tell them apart, and counts a unit once', () => {
    const same = { name: 'Trường Tiểu học số 1', parentName: 'Huyện Bình Sơn' };
    const apart = namesToTellApart([
      row(1, 0.5, same),
      row(2, 0.4, same),
      row(1, 0.5, same),
      row(4, 0.1, { name: 'Trường Tiểu học số 1', parentName: null }),
    ]);
    expect([...apart]).toEqual([
      [1, 'U1'],
      [2, 'U2'],
      [4, 'U4'],
    ]);
    expect(namesToTellApart([row(1, 0.5), row(1, 0.5)]).size).toBe(0);
  });
});
