import { allocatePrizes } from './prizes';

const ranked = (...scores: number[]) => scores.map((score, i) => ({ userId: i + 1, score }));

describe('allocatePrizes', () => {
  it('gives prizes down the ranking in tier order', () => {
    expect(
      allocatePrizes(ranked(10, 10, 9, 9, 8, 7, 6), { first: 1, second: 2, third: 1, encouragement: 2 }),
    ).toEqual(['first', 'second', 'second', 'third', 'encouragement', 'encouragement', null]);
  });

  it('skips participants already awarded in the contest, and the next one moves up', () => {
    expect(
      allocatePrizes(
        ranked(10, 9, 8, 7),
        { first: 1, second: 1, third: 0, encouragement: 1 },
        new Set([1, 3]),
      ),
    ).toEqual([null, 'first', null, 'second']);
  });

  it('never awards a score of 0, and runs out when the ranking is short', () => {
    expect(allocatePrizes(ranked(5, 0), { first: 1, second: 1, third: 1, encouragement: 0 })).toEqual([
      'first',
      null,
    ]);
  });

  it('awards nothing when no prizes are configured', () => {
    expect(allocatePrizes(ranked(10, 9), { first: 0, second: 0, third: 0, encouragement: 0 })).toEqual([
      null,
      null,
    ]);
  });
});
