import type { TrackResults, TrackStanding } from '@contest/contracts';

import {
  awardsOfEntry,
  combinationFormula,
  prizePurse,
  stageCounts,
  totalTrace,
  winningEntries,
} from './results-view';

const standing = (entryId: number, extra: Partial<TrackStanding> = {}): TrackStanding => ({
  rank: entryId,
  entryId,
  title: `Bài ${entryId}`,
  unitId: entryId,
  unitName: `Đơn vị ${entryId}`,
  authors: ['A'],
  group: false,
  stageTotals: [],
  total: 50,
  prize: null,
  ...extra,
});

const side = (entryId: number | null, amount = 2_000_000): TrackResults['sidePrizes'][number] => ({
  label: 'Thuyết trình hay nhất',
  stageName: 'Chung kết',
  partName: 'Thuyết trình',
  for: 'group',
  entryId,
  title: entryId === null ? null : `Bài ${entryId}`,
  unitName: null,
  points: entryId === null ? null : 20,
  amount,
});

const results = {
  standings: [
    standing(1, { prize: { label: 'Giải Nhất', amount: 15_000_000 } }),
    standing(2, { prize: { label: 'Giải Nhì', amount: 7_000_000 } }),
    standing(3),
  ],
  sidePrizes: [side(1), side(null), side(3, 1_000_000)],
  units: [
    {
      rank: 1,
      unitId: 1,
      unitName: 'A',
      judged: 3,
      bestPlace: 1,
      prize: { label: 'Tiêu biểu', amount: 3_000_000 },
    },
    { rank: 2, unitId: 2, unitName: 'B', judged: 1, bestPlace: 3, prize: null },
  ],
};

describe('awardsOfEntry', () => {
  it('lists the main prize first, then each side prize won', () => {
    expect(awardsOfEntry(results, 1)).toEqual([
      { label: 'Giải Nhất', amount: 15_000_000, side: false },
      { label: 'Thuyết trình hay nhất', amount: 2_000_000, side: true },
    ]);
    expect(awardsOfEntry(results, 3)).toEqual([
      { label: 'Thuyết trình hay nhất', amount: 1_000_000, side: true },
    ]);
    expect(awardsOfEntry(results, 9)).toEqual([]);
  });
});

describe('winningEntries', () => {
  it('keeps only the entries that won something, in the order given', () => {
    const entries = [{ id: 3 }, { id: 9 }, { id: 2 }];
    expect(winningEntries(results, entries).map((w) => w.entry.id)).toEqual([3, 2]);
  });
});

describe('totalTrace', () => {
  const format = (value: number) => value.toFixed(2).replace(/\.?0+$/, '');
  it('writes a sum out term by term', () => {
    expect(totalTrace({ kind: 'sum' }, [30, 64.12], 94.12, format)).toBe('30 + 64.12 = 94.12');
  });
  it('writes each weight beside its stage total', () => {
    expect(totalTrace({ kind: 'weighted', weights: [30, 70] }, [90, 60], 69, format)).toBe(
      '30% × 90 + 70% × 60 = 69',
    );
  });
  it('gives the final total alone when the final decides', () => {
    expect(totalTrace({ kind: 'final' }, [90, 60], 60, format)).toBe('60');
    expect(stageCounts({ kind: 'final' }, 0, 2)).toBe(false);
    expect(stageCounts({ kind: 'final' }, 1, 2)).toBe(true);
    expect(stageCounts({ kind: 'sum' }, 0, 2)).toBe(true);
  });
});

describe('prizePurse', () => {
  it('adds main, won side and unit prizes; a side prize nobody won costs nothing', () => {
    expect(prizePurse(results)).toEqual({ winners: 5, amount: 28_000_000 });
  });
});

describe('combinationFormula', () => {
  const names = ['Sơ khảo', 'Chung kết'];
  it('names the stages with their weights, or the final alone', () => {
    expect(combinationFormula({ kind: 'weighted', weights: [30, 70] }, names, String)).toBe(
      '30% × Sơ khảo + 70% × Chung kết',
    );
    expect(combinationFormula({ kind: 'sum' }, names, String)).toBe('Sơ khảo + Chung kết');
    expect(combinationFormula({ kind: 'final' }, names, String)).toBe('Chung kết');
  });
});
