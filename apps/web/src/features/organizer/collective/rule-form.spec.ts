import type { CollectiveRule } from '@contest/contracts';

import {
  DEFAULT_LEVELS,
  defaultRuleDraft,
  draftToRule,
  fieldOfPath,
  prizePurse,
  problemKind,
  ruleToDraft,
} from './rule-form';

const names = ['Nhất', 'Nhì', 'Ba'] as const;

describe('defaultRuleDraft', () => {
  it('lets every level compete but the province, and is a valid rule as it stands', () => {
    const draft = defaultRuleDraft(names);
    expect(DEFAULT_LEVELS).not.toContain('province');
    expect(draft.levels).toHaveLength(6);
    const result = draftToRule(draft);
    expect(result.ok).toBe(true);
  });
});

describe('draftToRule', () => {
  it('turns the form into the request, levels in the tree order', () => {
    const draft = { ...defaultRuleDraft(names), levels: ['school', 'department'] as const };
    const result = draftToRule({ ...draft, levels: [...draft.levels], minHeadcount: 15 });
    expect(result).toEqual({
      ok: true,
      rule: {
        weights: { participationRate: 60, averageScore: 30, roundsWithParticipants: 10 },
        minHeadcount: 15,
        levels: ['department', 'school'],
        prizes: [
          { name: 'Nhất', count: 1, amount: 5_000_000 },
          { name: 'Nhì', count: 2, amount: 3_000_000 },
          { name: 'Ba', count: 3, amount: 2_000_000 },
        ],
        tieBreak: ['participationRate', 'averageScore', 'participants'],
      },
    });
  });

  it('names each field that is wrong', () => {
    const draft = defaultRuleDraft(names);
    const result = draftToRule({
      ...draft,
      weights: { participationRate: 0, averageScore: 0, roundsWithParticipants: 0 },
      minHeadcount: '',
      levels: [],
      prizes: [draft.prizes[0], { key: 9, name: ' ', count: '', amount: 100 }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.sort()).toEqual([
      'levels',
      'minHeadcount',
      'prizes.1.count',
      'prizes.1.name',
      'weights',
    ]);
  });

  it('refuses a tie-break criterion given twice', () => {
    const result = draftToRule({ ...defaultRuleDraft(names), tieBreak: ['participants', 'participants'] });
    expect(result).toEqual({ ok: false, problems: ['tieBreak'] });
  });
});

describe('ruleToDraft', () => {
  it('gives back the same rule when saved unchanged', () => {
    const rule: CollectiveRule = {
      weights: { participationRate: 50, averageScore: 50, roundsWithParticipants: 0 },
      minHeadcount: 20,
      levels: ['commune', 'district'],
      prizes: [{ name: 'A', count: 2, amount: 1_000_000 }],
      tieBreak: ['averageScore'],
    };
    expect(draftToRule(ruleToDraft(rule))).toEqual({
      ok: true,
      rule: { ...rule, levels: ['district', 'commune'] },
    });
  });
});

describe('fieldOfPath and problemKind', () => {
  it('maps a server issue path to the form field, and the field to its message', () => {
    expect(fieldOfPath(['prizes', 2, 'amount'])).toBe('prizes.2.amount');
    expect(fieldOfPath(['weights', 'averageScore'])).toBe('weights');
    expect(fieldOfPath(['somethingElse'])).toBeNull();
    expect(problemKind('prizes.2.amount')).toBe('amount');
    expect(problemKind('prizes')).toBe('prizes');
    expect(problemKind('levels')).toBe('levels');
  });
});

describe('prizePurse', () => {
  it('adds count × amount over rows typed in full', () => {
    expect(
      prizePurse([
        { key: 0, name: 'A', count: 1, amount: 5_000_000 },
        { key: 1, name: 'B', count: 2, amount: 3_000_000 },
        { key: 2, name: 'C', count: '', amount: 9 },
      ]),
    ).toEqual({ prizes: 3, amount: 11_000_000 });
  });
});
