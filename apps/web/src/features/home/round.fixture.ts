import type { RoundSummary } from '@contest/contracts';

/** An open weekly round, for the home page's specs. */
export const openRound: RoundSummary = {
  id: 1,
  contestId: 1,
  contestName: 'Cuộc thi CCHC 2025',
  name: 'Tuần 1',
  weekNumber: 1,
  opensAt: '2025-05-19T01:00:00.000Z',
  closesAt: '2025-05-25T16:59:59.000Z',
  status: 'open',
  questionCount: 20,
  timeLimitSeconds: 900,
  attemptsAllowed: 2,
  countedAttempt: 'best',
  predictionEnabled: false,
  predictionPrompt: null,
  scoreVisibility: 'after_grading',
  reviewOpensAt: '2025-05-25T16:59:59.000Z',
};
