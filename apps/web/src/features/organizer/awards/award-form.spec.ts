import { DEFAULT_AWARD_RULES, type AwardRules } from '@contest/contracts';

import {
  draftToRules,
  evenWeights,
  fieldOfPath,
  groupAmount,
  problemKind,
  rulesToDraft,
  statedRulesFixed,
  weightsSum,
  type AwardDraft,
} from './award-form';

const rules: AwardRules = {
  combination: { kind: 'weighted', weights: [30, 70] },
  tieBreaks: ['last_stage', 'earliest_submission'],
  main: [
    { label: 'Giải Nhất', count: 1, amount: 10_000_000 },
    { label: 'Giải Nhì', count: 2, amount: 7_000_000 },
  ],
  groupMultiplier: 1.5,
  side: [{ label: 'Thuyết trình ấn tượng', stageId: 9, part: 0, for: 'group', amount: 2_000_000 }],
  units: [{ label: 'Đơn vị tiêu biểu', count: 2, amount: 3_000_000 }],
};

describe('weights', () => {
  it('splits 100 evenly, the last stage taking what rounding leaves', () => {
    expect(evenWeights(2)).toEqual([50, 50]);
    expect(evenWeights(3)).toEqual([33.33, 33.33, 33.34]);
    expect(weightsSum(evenWeights(3))).toBe(100);
    expect(evenWeights(0)).toEqual([]);
  });

  it('adds what is typed, an empty field as 0, without float dust', () => {
    expect(weightsSum([33.33, 33.33, ''])).toBe(66.66);
    expect(weightsSum([0.1, 0.2, 99.7])).toBe(100);
  });
});

describe('groupAmount', () => {
  it('is the individual amount times the multiplier, rounded to a đồng', () => {
    expect(groupAmount(10_000_000, 1.5)).toBe(15_000_000);
    expect(groupAmount(3_333_333, 1.5)).toBe(5_000_000);
    expect(groupAmount('', 1.5)).toBeNull();
    expect(groupAmount(1_000, '')).toBeNull();
  });
});

describe('rulesToDraft and draftToRules', () => {
  it('give back the same rules when saved unchanged', () => {
    expect(draftToRules(rulesToDraft(rules, 2), 2)).toEqual({ ok: true, rules });
  });

  it('start weights evenly when the rule had none, and keep them while another rule is chosen', () => {
    const draft = rulesToDraft(DEFAULT_AWARD_RULES, 2);
    expect(draft.combination).toBe('final');
    expect(draft.weights).toEqual([50, 50]);
    expect(draftToRules(draft, 2)).toEqual({ ok: true, rules: DEFAULT_AWARD_RULES });
    expect(draftToRules({ ...draft, combination: 'weighted' }, 2)).toEqual({
      ok: true,
      rules: { ...DEFAULT_AWARD_RULES, combination: { kind: 'weighted', weights: [50, 50] } },
    });
  });

  it('refuses weights that do not add up to 100, or one per stage', () => {
    const draft: AwardDraft = { ...rulesToDraft(rules, 2), weights: [30, 60] };
    expect(draftToRules(draft, 2)).toEqual({ ok: false, problems: ['weights'] });
    expect(draftToRules(rulesToDraft(rules, 2), 3)).toEqual({ ok: false, problems: ['weights'] });
    expect(draftToRules({ ...draft, weights: [30, ''] }, 2)).toEqual({ ok: false, problems: ['weights'] });
  });

  it('names each cell that is wrong', () => {
    const draft = rulesToDraft(rules, 2);
    const result = draftToRules(
      {
        ...draft,
        groupMultiplier: 1.33,
        main: [
          { ...draft.main[0], label: ' ' },
          { ...draft.main[1], count: '' },
        ],
        side: [{ ...draft.side[0], stageId: null, amount: '' }],
        units: [{ ...draft.units[0], amount: -5 }],
      },
      2,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.sort()).toEqual([
      'groupMultiplier',
      'main.0.label',
      'main.1.count',
      'side.0.amount',
      'side.0.stageId',
      'units.0.amount',
    ]);
  });

  it('refuses a tie-break given twice', () => {
    const draft = {
      ...rulesToDraft(rules, 2),
      tieBreaks: ['last_stage', 'last_stage'] as AwardDraft['tieBreaks'],
    };
    expect(draftToRules(draft, 2)).toEqual({ ok: false, problems: ['tieBreaks'] });
  });
});

describe('fieldOfPath and problemKind', () => {
  it('maps a server issue path to the form field, and the field to its message', () => {
    expect(fieldOfPath(['combination', 'weights', 1])).toBe('weights');
    expect(fieldOfPath(['side', 2, 'part'])).toBe('side.2.part');
    expect(fieldOfPath(['groupMultiplier'])).toBe('groupMultiplier');
    expect(fieldOfPath(['elsewhere'])).toBeNull();
    expect(problemKind('side.2.part')).toBe('part');
    expect(problemKind('groupMultiplier')).toBe('groupMultiplier');
  });
});

describe('statedRulesFixed', () => {
  it('fixes the combination once the last scored stage has a score', () => {
    expect(statedRulesFixed([{ judgingStartedAt: '2026-01-01T00:00:00Z' }, { judgingStartedAt: null }])).toBe(
      false,
    );
    expect(statedRulesFixed([{ judgingStartedAt: null }, { judgingStartedAt: '2026-01-01T00:00:00Z' }])).toBe(
      true,
    );
    expect(statedRulesFixed([])).toBe(false);
  });
});
