import {
  asCount,
  numberOrNaN,
  quotaSum,
  quotasFromSelection,
  spreadEvenly,
  syncQuotas,
  toTopicQuotas,
} from './quotas';

describe('quota drafts', () => {
  it('adds up the counts, an empty field counting as 0', () => {
    expect(quotaSum({ a: 5, b: '', c: 7 })).toBe(12);
    expect(quotaSum({})).toBe(0);
  });

  it('follows the topic list, keeping counts of topics that stay', () => {
    expect(syncQuotas(['b', 'c'], { a: 3, b: 4 })).toEqual({ b: 4, c: 0 });
  });

  it('spreads a total evenly, the first topics taking the remainder', () => {
    expect(spreadEvenly(['a', 'b', 'c'], 20)).toEqual({ a: 7, b: 7, c: 6 });
    expect(spreadEvenly([], 20)).toEqual({});
  });

  it('leaves topics without questions out of the request', () => {
    expect(toTopicQuotas({ a: 5, b: 0, c: '', d: 2 })).toEqual([
      { topic: 'a', count: 5 },
      { topic: 'd', count: 2 },
    ]);
  });

  it('rebuilds a draft from a saved selection, showing unused topics as 0', () => {
    expect(quotasFromSelection(['a', 'b'], [{ topic: 'b', count: 3 }])).toEqual({ a: 0, b: 3 });
  });
});

describe('asCount', () => {
  it('keeps numbers and reads typed text', () => {
    expect(asCount(4)).toBe(4);
    expect(asCount('12')).toBe(12);
    expect(asCount('')).toBe('');
    expect(asCount('abc')).toBe('');
  });

  it('turns an empty field into NaN for the contract to refuse', () => {
    expect(numberOrNaN('')).toBeNaN();
    expect(numberOrNaN(3)).toBe(3);
  });
});
