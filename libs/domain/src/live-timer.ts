/**
 * A live final's part timer as the server keeps it: the part's length, when it was last started
 * (null while stopped) and the time it had already run before that. Pausing folds the running
 * time into `elapsedMs`; nothing ticks on the server, every screen derives the rest from this.
 */
export interface LiveTimerState {
  seconds: number;
  startedAt: Date | null;
  elapsedMs: number;
}

export interface LiveTimerView {
  seconds: number;
  running: boolean;
  remainingMs: number;
  /** When a running timer reaches zero. */
  endsAt: Date | null;
}

const lengthMs = (t: LiveTimerState) => t.seconds * 1000;

/** Time run so far, never beyond the part's length. */
export function liveElapsedMs(t: LiveTimerState, now: Date): number {
  const running = t.startedAt ? Math.max(0, now.getTime() - t.startedAt.getTime()) : 0;
  return Math.min(lengthMs(t), t.elapsedMs + running);
}

export function liveTimerView(t: LiveTimerState, now: Date): LiveTimerView {
  const remainingMs = lengthMs(t) - liveElapsedMs(t, now);
  const running = t.startedAt !== null && remainingMs > 0;
  return {
    seconds: t.seconds,
    running,
    remainingMs,
    endsAt: running ? new Date(t.startedAt!.getTime() + lengthMs(t) - t.elapsedMs) : null,
  };
}

/** The state after a start, a pause or a reset at `now`; starting a running timer changes nothing. */
export function liveTimerAction(
  t: LiveTimerState,
  action: 'start' | 'pause' | 'reset',
  now: Date,
): LiveTimerState {
  switch (action) {
    case 'start':
      return t.startedAt ? t : { ...t, startedAt: now };
    case 'pause':
      return t.startedAt ? { ...t, startedAt: null, elapsedMs: liveElapsedMs(t, now) } : t;
    case 'reset':
      return { ...t, startedAt: null, elapsedMs: 0 };
  }
}
