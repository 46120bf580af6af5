import type { AdvanceResult } from '@contest/contracts';

import { cutRows, emptyAdvanceDraft, sameRule, validateAdvanceDraft } from './advance-form';

describe('advance form', () => {
  it('states the best N as a whole number of at least 1', () => {
    const draft = { ...emptyAdvanceDraft(), count: 3 as const };
    expect(validateAdvanceDraft(draft)).toEqual({ ok: true, rule: { kind: 'top', count: 3 } });
    expect(validateAdvanceDraft({ ...draft, count: '' })).toEqual({ ok: false, problems: ['count'] });
    expect(validateAdvanceDraft({ ...draft, count: 0 })).toEqual({ ok: false, problems: ['count'] });
    expect(validateAdvanceDraft({ ...draft, count: 2.5 })).toEqual({ ok: false, problems: ['count'] });
  });

  it('takes a total with decimals, from 0 up to 10 000', () => {
    const draft = { ...emptyAdvanceDraft(), kind: 'threshold' as const, minTotal: 61.75 };
    expect(validateAdvanceDraft(draft)).toEqual({ ok: true, rule: { kind: 'threshold', minTotal: 61.75 } });
    expect(validateAdvanceDraft({ ...draft, minTotal: 0 }).ok).toBe(true);
    expect(validateAdvanceDraft({ ...draft, minTotal: -1 })).toEqual({ ok: false, problems: ['minTotal'] });
    expect(validateAdvanceDraft({ ...draft, minTotal: '' })).toEqual({ ok: false, problems: ['minTotal'] });
  });

  it('needs at least one picked entry and a reason of 5 to 1000 characters when picking by hand', () => {
    const draft = {
      ...emptyAdvanceDraft(),
      kind: 'hand' as const,
      entryIds: [9, 4],
      reason: '  Giải khuyến khích  ',
    };
    expect(validateAdvanceDraft(draft)).toEqual({
      ok: true,
      rule: { kind: 'hand', entryIds: [4, 9], reason: 'Giải khuyến khích' },
    });
    expect(validateAdvanceDraft({ ...draft, entryIds: [], reason: ' abc ' })).toEqual({
      ok: false,
      problems: ['entryIds', 'reason'],
    });
    expect(validateAdvanceDraft({ ...draft, reason: 'x'.repeat(1001) })).toEqual({
      ok: false,
      problems: ['reason'],
    });
  });

  it('checks only the chosen kind: the other kinds’ fields may be half typed', () => {
    const draft = { ...emptyAdvanceDraft(), count: 2 as const, minTotal: -5 as const, reason: 'x' };
    expect(validateAdvanceDraft(draft).ok).toBe(true);
  });

  it('treats the same picks in another order, or the reason re-spaced, as the same rule', () => {
    expect(
      sameRule(
        { kind: 'hand', entryIds: [1, 2], reason: 'Lý do rõ' },
        { kind: 'hand', entryIds: [2, 1], reason: ' Lý do rõ ' },
      ),
    ).toBe(true);
    expect(sameRule({ kind: 'top', count: 2 }, { kind: 'top', count: 3 })).toBe(false);
    expect(sameRule({ kind: 'top', count: 2 }, { kind: 'threshold', minTotal: 2 })).toBe(false);
  });

  it('finds the two entries either side of the cut', () => {
    const row = (entryId: number, rank: number, total: number) => ({
      entryId,
      rank,
      total,
      title: `Bài ${entryId}`,
      unitName: 'Xã A',
    });
    const result: AdvanceResult = {
      stageId: 1,
      nextStageId: 2,
      rule: { kind: 'top', count: 2 },
      advancing: [row(5, 1, 80), row(6, 2, 70)],
      staying: [row(7, 3, 70)],
      cut: { lastIn: 6, firstOut: 7, decidedBy: 'tie_break' },
      applied: false,
    };
    expect(cutRows(result)).toEqual({
      lastIn: row(6, 2, 70),
      firstOut: row(7, 3, 70),
      decidedBy: 'tie_break',
    });
    expect(cutRows({ ...result, cut: null })).toBeNull();
  });
});
