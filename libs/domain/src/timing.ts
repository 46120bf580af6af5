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

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * "mm:ss", or "h:mm:ss" from one hour up, whole seconds cut (never rounded up), so a page and an
 * export of the same time agree to the second.
 */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = `${pad(minutes)}:${pad(seconds % 60)}`;
  return hours > 0 ? `${hours}:${rest}` : rest;
}

/** Time taken counts from the start to the submission, never past the deadline. */
export function timeTakenMs(startedAt: Date, submittedAt: Date, deadline: Date): number {
  return Math.max(0, Math.min(submittedAt.getTime(), deadline.getTime()) - startedAt.getTime());
}
