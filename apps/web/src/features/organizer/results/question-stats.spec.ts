import { formatDiscrimination, formatFacility, optionChoices } from './question-stats';

describe('question statistics', () => {
  it('shows discrimination with two decimals, or a dash', () => {
    expect(formatDiscrimination(0.3456)).toBe('0.35');
    expect(formatDiscrimination(-0.1)).toBe('-0.10');
    expect(formatDiscrimination(null)).toBe('—');
  });

  it('shows facility as a percentage', () => {
    expect(formatFacility(0.724)).toBe('72%');
  });

  it('lists option choices with letters, shares and the key', () => {
    expect(optionChoices({ optionCounts: [10, 30, 0], correctOption: 1, shown: 50 })).toEqual([
      { letter: 'A', count: 10, share: 0.2, isKey: false },
      { letter: 'B', count: 30, share: 0.6, isKey: true },
      { letter: 'C', count: 0, share: 0, isKey: false },
    ]);
  });

  it('has no shares when nobody was shown the question', () => {
    expect(optionChoices({ optionCounts: [0, 0], correctOption: 0, shown: 0 })[0].share).toBe(0);
  });
});
