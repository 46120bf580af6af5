import type { EntryStatus, Screening } from '@contest/contracts';

import { availableDecisions, filterCounts, filterScreening, rejectReasonOk } from './screening-view';

const entry = (id: number, status: EntryStatus, screening: Screening) => ({ id, status, screening });
const entries = [
  entry(1, 'submitted', 'accepted'),
  entry(2, 'submitted', 'pending'),
  entry(3, 'submitted', 'rejected'),
  entry(4, 'draft', 'pending'),
  entry(5, 'processing', 'pending'),
  entry(6, 'withdrawn', 'accepted'),
];
const ids = (list: { id: number }[]) => list.map((e) => e.id);

describe('screening view', () => {
  it('filters by screening state among complete entries only', () => {
    expect(ids(filterScreening(entries, 'all'))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ids(filterScreening(entries, 'pending'))).toEqual([2]);
    expect(ids(filterScreening(entries, 'accepted'))).toEqual([1]);
    expect(ids(filterScreening(entries, 'unfinished'))).toEqual([4, 5, 6]);
    expect(filterCounts(entries)).toEqual({ all: 6, pending: 1, accepted: 1, rejected: 1, unfinished: 3 });
  });

  it('offers only the decisions that change something, and none on an incomplete entry', () => {
    expect(availableDecisions(entries[0])).toEqual(['rejected']);
    expect(availableDecisions(entries[1])).toEqual(['accepted', 'rejected']);
    expect(availableDecisions(entries[2])).toEqual(['accepted']);
    expect(availableDecisions(entries[3])).toEqual([]);
    expect(availableDecisions(entries[5])).toEqual([]);
  });

  it('wants a reason of at least five characters, not counting spaces around it', () => {
    expect(rejectReasonOk('  sai  ')).toBe(false);
    expect(rejectReasonOk('Sai chủ đề')).toBe(true);
    expect(rejectReasonOk('x'.repeat(2001))).toBe(false);
  });
});
