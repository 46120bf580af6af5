import { finaliseRound } from './finalise';
import type { GradedAttempt } from './ranking';

const at = (s: number) => new Date(Date.UTC(2026, 10, 22, 1, 0, s));
let nextId = 1;
const attempt = (p: Partial<GradedAttempt> & { userId: number }): GradedAttempt => ({
  attemptId: nextId++,
  score: 10,
  timeTakenMs: 60_000,
  submittedAt: at(nextId),
  prediction: null,
  ...p,
});
const NO_PRIZES = { first: 0, second: 0, third: 0, encouragement: 0 };

describe('finaliseRound', () => {
  it('counts perfect counted attempts as the true value and ranks by closeness to it', () => {
    const attempts = [
      attempt({ userId: 1, prediction: 2 }),
      attempt({ userId: 2, prediction: 3 }),
      attempt({ userId: 3, score: 9, prediction: 3 }),
      attempt({ userId: 4, prediction: 7, timeTakenMs: 1 }),
    ];
    const outcome = finaliseRound(attempts, 'best', 10, NO_PRIZES);
    expect(outcome.trueValue).toBe(3);
    expect(outcome.ranking.map((r) => r.userId)).toEqual([2, 1, 4, 3]);
    expect(outcome.ranking.map((r) => r.predictionDistance)).toEqual([0, 1, 4, 0]);
    expect(outcome.ranking.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
  });

  it('with "first", a later perfect attempt neither counts nor adds to the true value', () => {
    const attempts = [
      attempt({ userId: 1, score: 6, submittedAt: at(1) }),
      attempt({ userId: 1, score: 10, submittedAt: at(2) }),
      attempt({ userId: 2, score: 10, submittedAt: at(3) }),
    ];
    const outcome = finaliseRound(attempts, 'first', 10, NO_PRIZES);
    expect(outcome.trueValue).toBe(1);
    expect(outcome.ranking.map((r) => [r.userId, r.score])).toEqual([
      [2, 10],
      [1, 6],
    ]);
    expect(finaliseRound(attempts, 'best', 10, NO_PRIZES).trueValue).toBe(2);
  });

  it('allocates prizes down the final ranking, skipping earlier winners, and is replayable', () => {
    const attempts = [1, 2, 3, 4].map((userId) => attempt({ userId, score: 10 - userId }));
    const prizes = { first: 1, second: 1, third: 0, encouragement: 1 };
    const outcome = finaliseRound(attempts, 'best', 10, prizes, new Set([2]));
    expect(outcome.ranking.map((r) => r.prize)).toEqual(['first', null, 'second', 'encouragement']);
    expect(finaliseRound([...attempts].reverse(), 'best', 10, prizes, new Set([2]))).toEqual(outcome);
  });
});
