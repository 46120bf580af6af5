import type { AssignmentBoard } from '@contest/contracts';

import {
  addableJudges,
  entryRows,
  judgeLoads,
  matrixCell,
  scoringOpened,
  shortEntries,
} from './assignment-board';

const judge = (id: number, unitId: number | null, assigned = 0, scored = 0) => ({
  id,
  fullName: `Giám khảo ${id}`,
  login: `gk${id}@example.vn`,
  unitId,
  unitPath: unitId === null ? null : `/1/${unitId}/`,
  unitName: unitId === null ? null : `Đơn vị ${unitId}`,
  assigned,
  scored,
});

const assignment = (id: number, entryId: number, judgeId: number, extra = {}) => ({
  id,
  entryId,
  judgeId,
  source: 'auto' as const,
  conflict: null,
  complete: false,
  ...extra,
});

const board = {
  stage: { judgesPerEntry: 2 },
  judges: [judge(1, null, 2, 1), judge(2, 10, 1, 0), judge(3, 20, 0, 0), judge(4, null, 4, 4)],
  entries: [
    { id: 100, title: 'Bài A', unitId: 10, unitPath: '/1/10/', unitName: 'Đơn vị 10' },
    { id: 200, title: 'Bài B', unitId: 30, unitPath: '/1/30/', unitName: 'Đơn vị 30' },
  ],
  assignments: [
    assignment(1, 100, 1, { complete: true }),
    assignment(2, 100, 3, { conflict: 'Người thân trong nhóm tác giả' }),
    assignment(3, 200, 1, { complete: true }),
    assignment(4, 200, 2, { complete: true, source: 'manual' }),
  ],
  methods: [],
} as unknown as AssignmentBoard;

describe('entryRows', () => {
  it('gives each entry its judges; a declared conflict does not count towards the judges wanted', () => {
    const [a, b] = entryRows(board);
    expect(a.assignments.map((x) => x.judge?.id)).toEqual([1, 3]);
    expect(a).toMatchObject({ active: 1, missing: 1, scored: true });
    expect(b).toMatchObject({ active: 2, missing: 0, scored: true });
  });

  it('is not scored while a counting judge has not finished', () => {
    const open = { ...board, assignments: [assignment(9, 200, 4)] };
    expect(entryRows(open)[1].scored).toBe(false);
    expect(entryRows(open)[0]).toMatchObject({ active: 0, missing: 2, scored: false });
  });
});

describe('addableJudges', () => {
  it('leaves out judges already on the entry and lists own-unit judges last, marked', () => {
    const options = addableJudges(board, board.entries[0]);
    expect(options.map((o) => [o.judge.id, o.ownUnit])).toEqual([
      [4, false],
      [2, true],
    ]);
  });

  it('puts the least loaded judge first', () => {
    const options = addableJudges({ ...board, assignments: [] }, board.entries[1]);
    expect(options.map((o) => o.judge.id)).toEqual([3, 2, 1, 4]);
  });
});

describe('matrixCell', () => {
  it('tells an assignment, a judge of the same unit and a free square apart', () => {
    expect(matrixCell(board, board.entries[0], board.judges[0])).toMatchObject({ kind: 'assigned' });
    expect(matrixCell(board, board.entries[0], board.judges[1])).toEqual({ kind: 'ownUnit' });
    expect(matrixCell(board, board.entries[0], board.judges[3])).toEqual({ kind: 'free' });
  });
});

describe('judgeLoads', () => {
  it('scales each bar to the busiest judge, scored part first', () => {
    const loads = judgeLoads(board.judges);
    expect(loads[0]).toMatchObject({ scoredPercent: 25, pendingPercent: 25 });
    expect(loads[3]).toMatchObject({ scoredPercent: 100, pendingPercent: 0 });
    expect(judgeLoads([judge(5, null)])[0]).toMatchObject({ scoredPercent: 0, pendingPercent: 0 });
  });
});

describe('shortEntries', () => {
  it('names the entries the automatic assignment could not fill', () => {
    expect(shortEntries({ added: 3, short: [{ entryId: 100, missing: 1 }] }, board.entries)).toEqual([
      { entryId: 100, title: 'Bài A', missing: 1 },
    ]);
  });
});

describe('scoringOpened', () => {
  const now = Date.parse('2026-12-10T00:00:00Z');
  const stage = { opensAt: null, judgingStartedAt: null };

  it('opens with the stage’s own window, or without one when the call closes', () => {
    expect(scoringOpened({ ...stage, opensAt: '2026-12-11T00:00:00Z' }, undefined, now)).toBe(false);
    expect(scoringOpened({ ...stage, opensAt: '2026-12-09T00:00:00Z' }, undefined, now)).toBe(true);
    expect(scoringOpened(stage, { closesAt: '2026-12-12T00:00:00Z' }, now)).toBe(false);
    expect(scoringOpened(stage, { closesAt: '2026-12-01T00:00:00Z' }, now)).toBe(true);
  });

  it('is open once a judge has scored, and assumed open while the call is unknown', () => {
    expect(
      scoringOpened(
        { ...stage, judgingStartedAt: '2026-12-09T00:00:00Z' },
        { closesAt: '2026-12-12T00:00:00Z' },
        now,
      ),
    ).toBe(true);
    expect(scoringOpened(stage, undefined, now)).toBe(true);
  });
});
