import type { RoundSummary } from '@contest/contracts';

export type StartBlocker = 'notOpenYet' | 'closed' | 'noAttemptsLeft';

/** Why a new attempt cannot start now, or null when it can. */
export function startBlocker(round: RoundSummary, attemptsUsed: number): StartBlocker | null {
  if (round.status === 'upcoming') return 'notOpenYet';
  if (round.status === 'closed') return 'closed';
  if (attemptsUsed >= round.attemptsAllowed) return 'noAttemptsLeft';
  return null;
}
