import type { LiveTimer } from '@contest/contracts';

import { formatClock } from '../../lib/format';

/** The last seconds of a part are shown in a warning colour, so a speaker sees time running out. */
export const TIMER_WARNING_MS = 30_000;

export type TimerState = 'ready' | 'running' | 'paused' | 'ended';

/**
 * What is left of the part's time at `serverNowMs` (server time): a running timer counts down to
 * its `endsAt`, a stopped one holds `remainingMs`. Never negative.
 */
export function timerRemainingMs(timer: LiveTimer, serverNowMs: number): number {
  if (timer.running && timer.endsAt !== null) return Math.max(0, Date.parse(timer.endsAt) - serverNowMs);
  return Math.max(0, timer.remainingMs);
}

export function timerState(timer: LiveTimer, remainingMs: number): TimerState {
  if (remainingMs <= 0) return 'ended';
  if (timer.running) return 'running';
  return remainingMs >= timer.seconds * 1000 ? 'ready' : 'paused';
}

export type TimerTone = 'calm' | 'warning' | 'ended';

export function timerTone(remainingMs: number): TimerTone {
  if (remainingMs <= 0) return 'ended';
  return remainingMs <= TIMER_WARNING_MS ? 'warning' : 'calm';
}

/** "04:59" while 4 min 58.2 s remain: a second is shown until it has fully passed, as a clock on a wall. */
export function countdownText(remainingMs: number): string {
  return formatClock(Math.ceil(Math.max(0, remainingMs) / 1000));
}
