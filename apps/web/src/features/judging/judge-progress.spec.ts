import type { JudgeEntry, JudgeWork } from '@contest/contracts';

import {
  entryProgress,
  firstUnfinished,
  locateSheet,
  stageProgress,
  stagesOpenFirst,
  withSheet,
} from './judge-progress';

const sheet = (assignmentId: number, over: Partial<JudgeEntry> = {}): JudgeEntry =>
  ({
    assignmentId,
    order: assignmentId,
    entry: { id: assignmentId * 10 } as JudgeEntry['entry'],
    scores: [
      { criterionId: 1, points: null, comment: null },
      { criterionId: 2, points: null, comment: null },
    ],
    total: null,
    complete: false,
    conflict: null,
    ...over,
  }) as JudgeEntry;

const done = (id: number) =>
  sheet(id, {
    complete: true,
    total: 15,
    scores: [
      { criterionId: 1, points: 10, comment: null },
      { criterionId: 2, points: 5, comment: null },
    ],
  });
const started = (id: number) =>
  sheet(id, {
    scores: [
      { criterionId: 1, points: 0, comment: null },
      { criterionId: 2, points: null, comment: null },
    ],
  });
const conflicted = (id: number) => sheet(id, { conflict: 'người thân trong nhóm tác giả' });

const work = (entries: JudgeEntry[]): JudgeWork =>
  ({ stages: [{ track: { id: 1 }, stage: { id: 1 }, entries }] }) as unknown as JudgeWork;

describe('entryProgress', () => {
  it('tells a blank, a started (even at 0 points), a finished and a conflicted sheet apart', () => {
    expect(entryProgress(sheet(1))).toBe('todo');
    expect(entryProgress(started(1))).toBe('started');
    expect(entryProgress(done(1))).toBe('done');
    expect(entryProgress({ ...done(1), conflict: 'x' })).toBe('conflict');
  });
});

describe('stageProgress', () => {
  it('counts finished sheets out of the entries that are still the judge’s', () => {
    expect(stageProgress([done(1), started(2), conflicted(3), sheet(4)])).toEqual({ done: 1, total: 3 });
    expect(stageProgress([])).toEqual({ done: 0, total: 0 });
  });
});

describe('firstUnfinished', () => {
  it('keeps the judge’s own order and skips finished and conflicted entries', () => {
    const stage = work([done(5), conflicted(2), started(9), sheet(1)]).stages[0];
    expect(firstUnfinished(stage)?.assignmentId).toBe(9);
    expect(firstUnfinished(work([done(1)]).stages[0])).toBeNull();
  });
});

describe('locateSheet', () => {
  const given = work([sheet(7), conflicted(3), sheet(5), sheet(2), conflicted(8)]);

  it('finds neighbours in the given order, stepping over conflicts', () => {
    const located = locateSheet(given, 5);
    expect(located?.entry.assignmentId).toBe(5);
    expect(located?.previous?.assignmentId).toBe(7);
    expect(located?.next?.assignmentId).toBe(2);
  });

  it('has no neighbour past either end', () => {
    expect(locateSheet(given, 7)?.previous).toBeNull();
    expect(locateSheet(given, 2)?.next).toBeNull();
  });

  it('is null for an assignment that is not the judge’s', () => {
    expect(locateSheet(given, 99)).toBeNull();
  });
});

describe('withSheet', () => {
  it('replaces one sheet and keeps the order', () => {
    const next = withSheet(work([sheet(3), sheet(1)]), done(1));
    expect(next.stages[0].entries.map((e) => [e.assignmentId, e.complete])).toEqual([
      [3, false],
      [1, true],
    ]);
  });
});

describe('stagesOpenFirst', () => {
  it('puts locked stages after the ones still being judged, keeping the order within each', () => {
    const stage = (id: number, lockedAt: string | null) =>
      ({ stage: { id, lockedAt }, entries: [] }) as unknown as JudgeWork['stages'][number];
    const ordered = stagesOpenFirst([stage(1, '2026-12-01T00:00:00Z'), stage(2, null), stage(3, null)]);
    expect(ordered.map((s) => s.stage.id)).toEqual([2, 3, 1]);
  });
});
