import type { FileRejection } from '@contest/contracts';

/** A limit such as 300 s as people write it: 5 minutes, 1 minute 30 seconds, 45 seconds. */
export type DurationWords =
  | { kind: 'seconds'; seconds: number }
  | { kind: 'minutes'; minutes: number }
  | { kind: 'minutesSeconds'; minutes: number; seconds: number };

export function durationWords(totalSeconds: number): DurationWords {
  const whole = Math.max(0, Math.round(totalSeconds));
  const minutes = Math.floor(whole / 60);
  const seconds = whole % 60;
  if (minutes === 0) return { kind: 'seconds', seconds };
  return seconds === 0 ? { kind: 'minutes', minutes } : { kind: 'minutesSeconds', minutes, seconds };
}

/** The locale keys that explain a refused file and how to fix it. */
export function rejectionKeys<R extends FileRejection>(rejection: R) {
  return {
    title: `entries.rejection.${rejection}.title`,
    fix: `entries.rejection.${rejection}.fix`,
  } as const;
}
