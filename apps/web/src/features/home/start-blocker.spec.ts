import { openRound as round } from './round.fixture';
import { startBlocker } from './start-blocker';

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
