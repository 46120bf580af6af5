import type { RoundStatus } from '@contest/contracts';

/** An attempt ends at its time limit or when the round closes, whichever comes first. */
export function attemptDeadline(startedAt: Date, timeLimitSeconds: number, roundClosesAt: Date): Date {
  return new Date(Math.min(startedAt.getTime() + timeLimitSeconds * 1000, roundClosesAt.getTime()));
}

export function roundStatus(now: Date, opensAt: Date, closesAt: Date): RoundStatus {
  if (now < opensAt) return 'upcoming';
  if (now < closesAt) return 'open';
  return 'closed';
}

/** Time taken counts from the start to the submission, never past the deadline. */
export function timeTakenMs(startedAt: Date, submittedAt: Date, deadline: Date): number {
  return Math.max(0, Math.min(submittedAt.getTime(), deadline.getTime()) - startedAt.getTime());
}
