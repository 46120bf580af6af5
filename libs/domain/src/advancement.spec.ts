import { applyAdvanceRule } from './advancement';
import { rankEntries, type EntryStanding } from './entry-ranking';

const at = new Date('2026-12-01T00:00:00Z');
const standing = (entryId: number, judgePoints: number, votePoints = 0): EntryStanding => ({
  entryId,
  judgePoints,
  votePoints,
  submittedAt: new Date(at.getTime() + entryId * 1000),
});
// 196 entries as the capital's contest had: totals 90, 89.5, 89, …
const field = rankEntries(
  Array.from({ length: 196 }, (_, i) => standing(i + 1, 90 - i * 0.25)),
  ['judge_points', 'earliest_submission'],
);

describe('applyAdvanceRule: who goes on to the next stage', () => {
  it('takes the best N in ranking order, and says where the cut fell', () => {
    const r = applyAdvanceRule(field, { kind: 'top', count: 30 });
    if (!r.ok) throw new Error('refused');
    expect(r.outcome.advancing).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(r.outcome.staying).toHaveLength(166);
    expect(r.outcome.cut).toEqual({ lastIn: 30, firstOut: 31, decidedBy: 'total' });
  });

  it('says when only the stated tie-breaks decided the cut', () => {
    const tied = rankEntries([standing(1, 80), standing(2, 70), standing(3, 70)], ['earliest_submission']);
    const r = applyAdvanceRule(tied, { kind: 'top', count: 2 });
    expect(r).toEqual({
      ok: true,
      outcome: { advancing: [1, 2], staying: [3], cut: { lastIn: 2, firstOut: 3, decidedBy: 'tie_break' } },
    });
  });

  it('refuses an N larger than the field, or none at all, with the reason', () => {
    expect(applyAdvanceRule(field.slice(0, 6), { kind: 'top', count: 30 })).toEqual({
      ok: false,
      refusal: { code: 'advance_more_than_field', count: 30, field: 6 },
    });
    expect(applyAdvanceRule(field, { kind: 'top', count: 0 })).toEqual({
      ok: false,
      refusal: { code: 'advance_takes_nobody' },
    });
    expect(applyAdvanceRule([], { kind: 'threshold', minTotal: 0 })).toEqual({
      ok: false,
      refusal: { code: 'advance_takes_nobody' },
    });
  });

  it('takes every entry at or above a total, and refuses a threshold nobody reaches', () => {
    const r = applyAdvanceRule(field, { kind: 'threshold', minTotal: 88.5 });
    expect(r.ok && r.outcome.advancing).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(r.ok && r.outcome.cut).toBeNull();
    expect(applyAdvanceRule(field, { kind: 'threshold', minTotal: 95 })).toEqual({
      ok: false,
      refusal: { code: 'advance_takes_nobody' },
    });
  });

  it('takes a hand-picked list only with a reason, and only of entries in the stage', () => {
    const reason = 'Hội đồng chọn 6 ý tưởng tiêu biểu theo lĩnh vực';
    const r = applyAdvanceRule(field, { kind: 'hand', entryIds: [40, 2, 40, 7], reason });
    expect(r.ok && r.outcome.advancing).toEqual([2, 7, 40]);
    expect(applyAdvanceRule(field, { kind: 'hand', entryIds: [2], reason: '  ' })).toEqual({
      ok: false,
      refusal: { code: 'advance_needs_reason' },
    });
    expect(applyAdvanceRule(field, { kind: 'hand', entryIds: [2, 999], reason })).toEqual({
      ok: false,
      refusal: { code: 'advance_unknown_entries', entryIds: [999] },
    });
    expect(applyAdvanceRule(field, { kind: 'hand', entryIds: [], reason })).toEqual({
      ok: false,
      refusal: { code: 'advance_takes_nobody' },
    });
  });
});
