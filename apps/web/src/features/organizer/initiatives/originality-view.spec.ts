import {
  decidedMatch,
  filterOriginality,
  matchSimilarity,
  originalityCounts,
  originalityStatus,
  reasonOk,
  sortForReview,
  type OriginalityItem,
} from './originality-view';

const decision = (d: 'unchecked' | 'original' | 'duplicate') => ({
  decision: d,
  ofEntryId: null,
  ofRegisterId: d === 'duplicate' ? 4 : null,
  reason: null,
  decidedByName: null,
  decidedAt: null,
});

const item = (
  entryId: number,
  closest: { level: 'likely_duplicate' | 'similar'; similarity: number } | null,
  d: 'unchecked' | 'original' | 'duplicate' = 'unchecked',
): OriginalityItem => ({
  entryId,
  title: `Bài ${entryId}`,
  unitName: 'Xã A',
  originality: decision(d),
  closest: closest && { source: 'register', id: 4, title: 'Đã áp dụng', ...closest },
  matches: closest ? 1 : 0,
});

const items = [
  item(1, null),
  item(2, { level: 'similar', similarity: 0.4 }),
  item(3, { level: 'likely_duplicate', similarity: 0.9 }, 'duplicate'),
  item(4, { level: 'likely_duplicate', similarity: 0.6 }),
  item(5, { level: 'likely_duplicate', similarity: 0.8 }),
];

describe('originality view', () => {
  it('filters likely duplicates and those still to decide', () => {
    expect(filterOriginality(items, 'likely_duplicate').map((i) => i.entryId)).toEqual([3, 4, 5]);
    expect(filterOriginality(items, 'undecided').map((i) => i.entryId)).toEqual([2, 4, 5]);
    expect(originalityCounts(items)).toEqual({ all: 5, likely_duplicate: 3, undecided: 3 });
  });

  it('badges "to decide" exactly the items the "to decide" filter counts', () => {
    const statuses = items.map((i) => originalityStatus(i.originality.decision, i.closest !== null));
    expect(statuses).toEqual(['no_match', 'to_decide', 'duplicate', 'to_decide', 'to_decide']);
    expect(statuses.filter((s) => s === 'to_decide')).toHaveLength(originalityCounts(items).undecided);
  });

  it('puts undecided likely duplicates first, the most alike first, and decided or unmatched ones last', () => {
    expect(sortForReview(items).map((i) => i.entryId)).toEqual([5, 4, 2, 3, 1]);
  });

  it('finds the match a duplicate decision points at', () => {
    const match = (source: 'entry' | 'register', id: number) => ({
      source,
      id,
      title: '',
      unitName: '',
      text: '',
      year: null,
      titleSimilarity: 0.2,
      textSimilarity: 0.7,
      level: 'likely_duplicate' as const,
      passages: [],
    });
    const matches = [match('entry', 4), match('register', 4)];
    expect(decidedMatch({ originality: decision('duplicate'), matches })).toBe(matches[1]);
    expect(decidedMatch({ originality: decision('original'), matches })).toBeNull();
    expect(matchSimilarity(matches[0])).toBe(0.7);
  });

  it('asks a reason of a duplicate only', () => {
    expect(reasonOk('original', '')).toBe(true);
    expect(reasonOk('duplicate', ' sai  ')).toBe(false);
    expect(reasonOk('duplicate', 'Trùng với sáng kiến năm 2023')).toBe(true);
    expect(reasonOk('original', 'x'.repeat(2001))).toBe(false);
  });
});
