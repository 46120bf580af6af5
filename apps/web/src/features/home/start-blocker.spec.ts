import type { RoundSummary } from '@contest/contracts';

import { startBlocker } from './start-blocker';

const round: RoundSummary = {
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

describe('startBlocker', () => {
  it('lets a participant start while the round is open and attempts remain', () => {
    expect(startBlocker(round, 0)).toBeNull();
    expect(startBlocker(round, 1)).toBeNull();
  });

  it('explains why starting is not possible', () => {
    expect(startBlocker({ ...round, status: 'upcoming' }, 0)).toBe('notOpenYet');
    expect(startBlocker({ ...round, status: 'closed' }, 0)).toBe('closed');
    expect(startBlocker(round, 2)).toBe('noAttemptsLeft');
  });
});
