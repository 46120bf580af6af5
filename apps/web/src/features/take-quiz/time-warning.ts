export type TimeWarning = 'fiveMinutes' | 'oneMinute';

/**
 * The spoken warning due with `secondsLeft` on the clock. It changes only when 5:00 and 1:00 are
 * reached, so a polite live region holding it speaks once at each threshold, never every second.
 */
export function timeWarningAt(secondsLeft: number): TimeWarning | null {
  if (secondsLeft <= 60) return 'oneMinute';
  if (secondsLeft <= 300) return 'fiveMinutes';
  return null;
}
