import { countedAttempts, rankAttempts, type GradedAttempt } from './ranking';

const at = (s: number) => new Date(Date.UTC(2026, 10, 22, 1, 0, s));
const attempt = (p: Partial<GradedAttempt> & { attemptId: number }): GradedAttempt => ({
  userId: p.attemptId,
  score: 10,
  timeTakenMs: 60_000,
  submittedAt: at(0),
  prediction: null,
  ...p,
});

describe('ranking', () => {
  it('orders by score, then prediction closeness, then time taken, then submission time', () => {
    const ranked = rankAttempts(
      [
        attempt({ attemptId: 1, score: 9 }),
        attempt({ attemptId: 2, prediction: 120 }),
        attempt({ attemptId: 3, prediction: 100, timeTakenMs: 70_000 }),
        attempt({ attemptId: 4, prediction: 100, timeTakenMs: 50_000, submittedAt: at(9) }),
        attempt({ attemptId: 5, prediction: 100, timeTakenMs: 50_000, submittedAt: at(3) }),
        attempt({ attemptId: 6 }),
      ],
      100,
    );
    expect(ranked.map((a) => a.attemptId)).toEqual([5, 4, 3, 2, 6, 1]);
  });

  it('picks the best or the first attempt per participant', () => {
    const attempts = [
      attempt({ attemptId: 1, userId: 7, score: 5, submittedAt: at(1) }),
      attempt({ attemptId: 2, userId: 7, score: 8, submittedAt: at(2) }),
      attempt({ attemptId: 3, userId: 8, score: 4, submittedAt: at(3) }),
    ];
    expect(
      countedAttempts(attempts, 'best')
        .map((a) => a.attemptId)
        .sort(),
    ).toEqual([2, 3]);
    expect(
      countedAttempts(attempts, 'first')
        .map((a) => a.attemptId)
        .sort(),
    ).toEqual([1, 3]);
  });
});
