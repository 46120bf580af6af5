import {
  allocateEntryPrizes,
  DEFAULT_ENTRY_TIE_BREAKS,
  type EntryStanding,
  rankEntries,
  type RankedEntry,
  votePoints,
} from './entry-ranking';

const at = (minute: number) => new Date(Date.UTC(2025, 2, 1, 8, minute));

const standing = (entryId: number, judgePoints: number, votes: number, minute = 0): EntryStanding => ({
  entryId,
  judgePoints,
  votePoints: votes,
  submittedAt: at(minute),
});

const ids = (ranked: readonly RankedEntry[]) => ranked.map((r) => r.entryId);

describe('votePoints', () => {
  it('gives the cap to the most-voted entry and the others in proportion', () => {
    const points = votePoints(
      new Map([
        [1, 200],
        [2, 100],
        [3, 67],
        [4, 0],
      ]),
      30,
    );
    expect(Object.fromEntries(points)).toEqual({ 1: 30, 2: 15, 3: 10.05, 4: 0 });
  });

  it('rounds to 2 decimals', () => {
    const points = votePoints(
      new Map([
        [1, 3],
        [2, 1],
      ]),
      10,
    );
    expect(points.get(2)).toBe(3.33);
  });

  it('shares the cap between entries tied on most votes', () => {
    const points = votePoints(
      new Map([
        [1, 7],
        [2, 7],
      ]),
      20,
    );
    expect(Object.fromEntries(points)).toEqual({ 1: 20, 2: 20 });
  });

  it('gives 0 to everyone when nobody voted or the cap is 0', () => {
    expect(
      Object.fromEntries(
        votePoints(
          new Map([
            [1, 0],
            [2, 0],
          ]),
          30,
        ),
      ),
    ).toEqual({ 1: 0, 2: 0 });
    expect(
      Object.fromEntries(
        votePoints(
          new Map([
            [1, 5],
            [2, 2],
          ]),
          0,
        ),
      ),
    ).toEqual({ 1: 0, 2: 0 });
    expect(votePoints(new Map(), 30).size).toBe(0);
  });
});

describe('rankEntries', () => {
  it('adds judge and vote points: the most-voted entry with cap 30 and 64.12 from judges has 94.12', () => {
    const votes = votePoints(
      new Map([
        [1, 412],
        [2, 206],
      ]),
      30,
    );
    const ranked = rankEntries(
      [standing(1, 64.12, votes.get(1) as number), standing(2, 70, votes.get(2) as number)],
      DEFAULT_ENTRY_TIE_BREAKS,
    );
    expect(ranked.map((r) => [r.entryId, r.total, r.rank])).toEqual([
      [1, 94.12, 1],
      [2, 85, 2],
    ]);
  });

  it('orders by total descending and numbers ranks from 1', () => {
    const ranked = rankEntries([standing(1, 50, 0), standing(2, 80, 5), standing(3, 60, 1)], []);
    expect(ids(ranked)).toEqual([2, 3, 1]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it('breaks a tie on total by judge points, then vote points, then earliest submission', () => {
    // All totals 90.
    const ranked = rankEntries(
      [standing(1, 60, 30, 5), standing(2, 70, 20, 9), standing(3, 70, 20, 3), standing(4, 80, 10, 1)],
      DEFAULT_ENTRY_TIE_BREAKS,
    );
    expect(ids(ranked)).toEqual([4, 3, 2, 1]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
  });

  it('applies the tie-breaks in the order given', () => {
    const entries = [standing(1, 60, 30, 1), standing(2, 80, 10, 2), standing(3, 70, 20, 0)];
    expect(ids(rankEntries(entries, ['vote_points']))).toEqual([1, 3, 2]);
    expect(ids(rankEntries(entries, ['judge_points']))).toEqual([2, 3, 1]);
    expect(ids(rankEntries(entries, ['earliest_submission', 'judge_points']))).toEqual([3, 1, 2]);
  });

  it('falls back to entry id so that full ties still get distinct, stable ranks', () => {
    const entries = [standing(9, 50, 0, 0), standing(4, 50, 0, 0), standing(7, 50, 0, 0)];
    expect(ids(rankEntries(entries, DEFAULT_ENTRY_TIE_BREAKS))).toEqual([4, 7, 9]);
    expect(ids(rankEntries([...entries].reverse(), DEFAULT_ENTRY_TIE_BREAKS))).toEqual([4, 7, 9]);
    expect(rankEntries(entries, []).map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it('compares totals after rounding, so float noise does not decide', () => {
    // 0.1 + 0.2 = 0.30000000000000004 > 0.3 unrounded; rounded they tie and entry id decides.
    const ranked = rankEntries([standing(2, 0.1, 0.2), standing(1, 0.3, 0)], ['vote_points']);
    expect(ranked.map((r) => r.total)).toEqual([0.3, 0.3]);
    expect(ids(ranked)).toEqual([2, 1]); // tie on total, vote_points decides (0.2 > 0)
    expect(ids(rankEntries([standing(2, 0.1, 0.2), standing(1, 0.3, 0)], []))).toEqual([1, 2]);
  });

  it('does not modify its input', () => {
    const entries = [standing(1, 10, 0), standing(2, 20, 0)];
    rankEntries(entries, []);
    expect(ids(entries as RankedEntry[])).toEqual([1, 2]);
    expect('rank' in entries[0]).toBe(false);
  });
});

describe('allocateEntryPrizes', () => {
  const rankedTotals = (...totals: number[]) =>
    rankEntries(
      totals.map((t, i) => standing(i + 1, t, 0)),
      [],
    );

  it('gives each tier its count in rank order', () => {
    expect(
      allocateEntryPrizes(rankedTotals(95, 90, 85, 80, 75, 70), [
        { label: 'Giải Nhất', count: 1 },
        { label: 'Giải Nhì', count: 2 },
        { label: 'Giải Ba', count: 2 },
      ]),
    ).toEqual(['Giải Nhất', 'Giải Nhì', 'Giải Nhì', 'Giải Ba', 'Giải Ba', null]);
  });

  it('skips a tier with count 0', () => {
    expect(
      allocateEntryPrizes(rankedTotals(9, 8), [
        { label: 'A', count: 0 },
        { label: 'B', count: 1 },
      ]),
    ).toEqual(['B', null]);
  });

  it('never gives a prize for a total of 0', () => {
    expect(
      allocateEntryPrizes(rankedTotals(40, 0, 0), [
        { label: 'A', count: 1 },
        { label: 'B', count: 5 },
      ]),
    ).toEqual(['A', null, null]);
  });

  it('runs out when there are fewer entries than prizes, and gives nothing without tiers', () => {
    expect(allocateEntryPrizes(rankedTotals(10), [{ label: 'A', count: 3 }])).toEqual(['A']);
    expect(allocateEntryPrizes(rankedTotals(10, 9), [])).toEqual([null, null]);
  });
});
