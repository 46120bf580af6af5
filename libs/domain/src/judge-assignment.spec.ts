import {
  type AssignableEntry,
  type AssignableJudge,
  assignJudges,
  isConflicted,
  judgeEntryOrder,
  unitsOnOneLine,
  type Pair,
  pairKey,
} from './judge-assignment';

/** Unit n of a flat tree under the province (id 1): its path. */
const under = (n: number | null) => (n === null ? null : `/1/${n}/`);

const entriesOf = (n: number, unitOf: (i: number) => number | null = () => null): AssignableEntry[] =>
  Array.from({ length: n }, (_, i) => ({ id: i + 1, unitPath: under(unitOf(i)) }));

const judgesOf = (n: number, unitOf: (i: number) => number | null = () => null): AssignableJudge[] =>
  Array.from({ length: n }, (_, i) => ({ id: 1000 + i, unitPath: under(unitOf(i)) }));

function loads(pairs: readonly Pair[], judges: readonly AssignableJudge[]): number[] {
  const load = new Map(judges.map((j) => [j.id, 0]));
  for (const p of pairs) load.set(p.judgeId, (load.get(p.judgeId) ?? 0) + 1);
  return [...load.values()];
}

const spread = (xs: readonly number[]) => Math.max(...xs) - Math.min(...xs);

function panels(pairs: readonly Pair[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const p of pairs) out.set(p.entryId, [...(out.get(p.entryId) ?? []), p.judgeId]);
  return out;
}

/** Every pair respects the conflict rules and no entry has the same judge twice. */
function expectNoConflicts(
  pairs: readonly Pair[],
  entries: readonly AssignableEntry[],
  judges: readonly AssignableJudge[],
  declared: ReadonlySet<string>,
) {
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const judgeById = new Map(judges.map((j) => [j.id, j]));
  const broken = pairs.filter((p) => {
    const entry = entryById.get(p.entryId) as AssignableEntry;
    const judge = judgeById.get(p.judgeId) as AssignableJudge;
    return unitsOnOneLine(entry.unitPath, judge.unitPath) || declared.has(pairKey(p.entryId, p.judgeId));
  });
  expect(broken).toEqual([]);
  expect(new Set(pairs.map((p) => pairKey(p.entryId, p.judgeId))).size).toBe(pairs.length);
}

describe('pairKey and isConflicted', () => {
  it('keys a pair as entry:judge', () => {
    expect(pairKey(12, 7)).toBe('12:7');
  });

  const entry = (unitPath: string | null) => ({ id: 1, unitPath });
  const judge = (unitPath: string | null) => ({ id: 9, unitPath });

  it('conflicts a judge with entries of their own unit', () => {
    expect(isConflicted(entry('/1/5/'), judge('/1/5/'), new Set())).toBe(true);
    expect(isConflicted(entry('/1/5/'), judge('/1/6/'), new Set())).toBe(false);
  });

  it("conflicts a judge of the entry's parent unit or of one of its sub-units", () => {
    // District 5 under the province 1, its commune 23 and that commune's school 40.
    expect(isConflicted(entry('/1/5/23/'), judge('/1/5/'), new Set())).toBe(true);
    expect(isConflicted(entry('/1/5/'), judge('/1/5/23/'), new Set())).toBe(true);
    expect(isConflicted(entry('/1/5/23/40/'), judge('/1/5/'), new Set())).toBe(true);
    expect(isConflicted(entry('/1/5/23/'), judge('/1/6/23/'), new Set())).toBe(false);
    // A prefix of the digits is not a parent: unit 2 is not above unit 23.
    expect(isConflicted(entry('/1/23/'), judge('/1/2/'), new Set())).toBe(false);
  });

  it("does not count the province's own staff as every unit's parent", () => {
    expect(isConflicted(entry('/1/5/23/'), judge('/1/'), new Set())).toBe(false);
    expect(isConflicted(entry('/1/'), judge('/1/'), new Set())).toBe(true);
    expect(unitsOnOneLine('/1/5/', '/1/')).toBe(false);
  });

  it('sees no unit conflict when either side has no unit', () => {
    expect(isConflicted(entry(null), judge(null), new Set())).toBe(false);
    expect(isConflicted(entry('/1/5/'), judge(null), new Set())).toBe(false);
    expect(isConflicted(entry(null), judge('/1/5/'), new Set())).toBe(false);
  });

  it('conflicts a declared pair and only that pair', () => {
    const declared = new Set([pairKey(1, 9)]);
    expect(isConflicted({ id: 1, unitPath: null }, { id: 9, unitPath: null }, declared)).toBe(true);
    expect(isConflicted({ id: 9, unitPath: null }, { id: 1, unitPath: null }, declared)).toBe(false);
    expect(isConflicted({ id: 2, unitPath: null }, { id: 9, unitPath: null }, declared)).toBe(false);
  });
});

describe('assignJudges', () => {
  const base = { existing: [] as Pair[], declared: new Set<string>(), seed: 'round-7' };

  it('gives 110 entries 5 judges each from 12, loads 45 or 46', () => {
    const entries = entriesOf(110);
    const judges = judgesOf(12);
    const { added, short } = assignJudges({ ...base, entries, judges, perEntry: 5 });
    expect(added).toHaveLength(550);
    expect(short).toEqual([]);
    for (const panel of panels(added).values()) expect(new Set(panel).size).toBe(5);
    expect(loads(added, judges).sort()).toEqual([...Array(2).fill(45), ...Array(10).fill(46)]);
  });

  it('never gives a judge an entry of their own unit or a declared conflict, and keeps loads within 1', () => {
    // 8 units; judges 0–7 belong to one each, judges 8–11 to none. Several seeds, since the
    // greedy pass alone sometimes ends 2 apart here and the rebalancing must close the gap.
    const entries = entriesOf(110, (i) => (i % 8) + 1);
    const judges = judgesOf(12, (i) => (i < 8 ? i + 1 : null));
    const declared = new Set([pairKey(1, 1008), pairKey(2, 1008), pairKey(3, 1009), pairKey(50, 1011)]);
    for (let k = 0; k < 40; k++) {
      const { added, short } = assignJudges({
        ...base,
        declared,
        entries,
        judges,
        perEntry: 5,
        seed: `s${k}`,
      });
      expect(short).toEqual([]);
      expect(added).toHaveLength(550);
      expectNoConflicts(added, entries, judges, declared);
      expect(spread(loads(added, judges))).toBeLessThanOrEqual(1);
    }
  });

  it('balances the others when one judge cannot take a fair share', () => {
    // Judge 1000 is from unit 1, which submitted 27 of the 30 entries: it can judge only 3.
    const entries = entriesOf(30, (i) => (i < 27 ? 1 : 2));
    const judges = judgesOf(6, (i) => (i === 0 ? 1 : null));
    const { added, short } = assignJudges({ ...base, entries, judges, perEntry: 3 });
    expect(short).toEqual([]);
    expectNoConflicts(added, entries, judges, base.declared);
    const [restricted, ...others] = loads(added, judges);
    expect(restricted).toBe(3);
    expect(others.reduce((a, b) => a + b)).toBe(87);
    expect(spread(others)).toBeLessThanOrEqual(1);
  });

  it('keeps existing pairs, counts them towards the panel and the load, and returns only new ones', () => {
    const entries = entriesOf(20);
    const judges = judgesOf(4);
    // Judge 1000 already has 10 entries; entry 1 already has judges 1000 and 1001.
    const existing: Pair[] = [
      ...Array.from({ length: 10 }, (_, i) => ({ entryId: i + 1, judgeId: 1000 })),
      { entryId: 1, judgeId: 1001 },
    ];
    const { added, short } = assignJudges({ ...base, entries, judges, perEntry: 2, existing });
    expect(short).toEqual([]);
    const existingKeys = new Set(existing.map((p) => pairKey(p.entryId, p.judgeId)));
    for (const p of added) expect(existingKeys.has(pairKey(p.entryId, p.judgeId))).toBe(false);
    expect(added.filter((p) => p.entryId === 1)).toEqual([]);
    const all = [...existing, ...added];
    for (const panel of panels(all).values()) expect(new Set(panel).size).toBe(2);
    expect(all).toHaveLength(40);
    // 40 assignments over 4 judges: 10 each, so the judge who had 10 gets nothing new.
    expect(loads(all, judges)).toEqual([10, 10, 10, 10]);
    expect(added.some((p) => p.judgeId === 1000)).toBe(false);
  });

  it('adds nothing to an entry that already has enough judges, nor when perEntry is 0', () => {
    const entries = entriesOf(2);
    const judges = judgesOf(4);
    const existing = [
      { entryId: 1, judgeId: 1000 },
      { entryId: 1, judgeId: 1001 },
      { entryId: 1, judgeId: 1002 },
    ];
    const { added } = assignJudges({ ...base, entries, judges, perEntry: 2, existing });
    expect(added.map((p) => p.entryId)).toEqual([2, 2]);
    expect(assignJudges({ ...base, entries, judges, perEntry: 0 })).toEqual({ added: [], short: [] });
  });

  it('reports the entries that lack judges, and still gives them every eligible one', () => {
    // Unit 1's entries can only go to the 2 judges outside unit 1.
    const entries = [...entriesOf(3, () => 1), { id: 4, unitPath: under(2) }];
    const judges = judgesOf(5, (i) => (i < 3 ? 1 : 2));
    const declared = new Set([pairKey(2, 1003)]);
    const { added, short } = assignJudges({ ...base, declared, entries, judges, perEntry: 3 });
    expectNoConflicts(added, entries, judges, declared);
    expect(short).toEqual([
      { entryId: 1, missing: 1 },
      { entryId: 2, missing: 2 },
      { entryId: 3, missing: 1 },
    ]);
    expect(panels(added).get(2)).toEqual([1004]);
    expect(panels(added).get(4)).toHaveLength(3);
  });

  it('reports everything missing when there are no judges', () => {
    expect(assignJudges({ ...base, entries: entriesOf(2), judges: [], perEntry: 2 })).toEqual({
      added: [],
      short: [
        { entryId: 1, missing: 2 },
        { entryId: 2, missing: 2 },
      ],
    });
  });

  it('gives the same result for the same seed, whatever the input order, and another for another seed', () => {
    const entries = entriesOf(40, (i) => i % 5);
    const judges = judgesOf(9, (i) => i % 5);
    const input = { ...base, entries, judges, perEntry: 3 };
    const first = assignJudges(input);
    expect(assignJudges(input)).toEqual(first);
    expect(
      assignJudges({ ...input, entries: [...entries].reverse(), judges: [...judges].reverse() }),
    ).toEqual(first);
    expect(assignJudges({ ...input, seed: 'round-8' }).added).not.toEqual(first.added);
  });

  it('returns new pairs sorted by entry then judge', () => {
    const { added } = assignJudges({ ...base, entries: entriesOf(15), judges: judgesOf(6), perEntry: 3 });
    const sorted = [...added].sort((a, b) => a.entryId - b.entryId || a.judgeId - b.judgeId);
    expect(added).toEqual(sorted);
  });

  it('rejects a perEntry that is not a non-negative integer', () => {
    const input = { ...base, entries: entriesOf(1), judges: judgesOf(1) };
    expect(() => assignJudges({ ...input, perEntry: -1 })).toThrow(RangeError);
    expect(() => assignJudges({ ...input, perEntry: 1.5 })).toThrow(RangeError);
  });
});

describe('judgeEntryOrder', () => {
  const ids = Array.from({ length: 30 }, (_, i) => i + 1);

  it('is a permutation of the entries, stable for the same judge and seed', () => {
    const order = judgeEntryOrder(ids, 7, 'contest-3');
    expect([...order].sort((a, b) => a - b)).toEqual(ids);
    expect(judgeEntryOrder(ids, 7, 'contest-3')).toEqual(order);
    expect(order).not.toEqual(ids);
  });

  it('does not depend on the order the ids were given in', () => {
    expect(judgeEntryOrder([...ids].reverse(), 7, 'contest-3')).toEqual(judgeEntryOrder(ids, 7, 'contest-3'));
  });

  it('differs between judges and between seeds', () => {
    const order = judgeEntryOrder(ids, 7, 'contest-3');
    expect(judgeEntryOrder(ids, 8, 'contest-3')).not.toEqual(order);
    expect(judgeEntryOrder(ids, 7, 'contest-4')).not.toEqual(order);
  });

  it('does not modify its input', () => {
    const input = [3, 1, 2];
    judgeEntryOrder(input, 1, 's');
    expect(input).toEqual([3, 1, 2]);
  });
});
