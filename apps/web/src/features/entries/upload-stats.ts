/** The server counts a track's size limit in binary megabytes, so the page does too. */
export const BYTES_PER_MB = 1024 * 1024;

/** Whole percent, rounded down: 100 % only once every byte is there. */
export function percentSent(sent: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.max(0, Math.floor((sent / total) * 100)));
}

interface Sample {
  at: number;
  bytes: number;
}

/**
 * Upload speed over the last few seconds only: on a line that slows down or drops, the average since
 * the start would promise a time left that never comes.
 */
export class TransferMeter {
  private samples: Sample[] = [];

  constructor(private readonly windowMs = 8_000) {}

  /** Starts over from `bytes`, e.g. after a pause or a reconnection, so the gap does not count as slowness. */
  reset(at: number, bytes: number): void {
    this.samples = [{ at, bytes }];
  }

  add(at: number, bytes: number): void {
    const last = this.samples.at(-1);
    if (last && bytes < last.bytes) this.samples = [];
    this.samples.push({ at, bytes });
    const oldest = at - this.windowMs;
    // Keep one sample older than the window, so the measured span stays close to the window.
    while (this.samples.length > 2 && this.samples[1].at <= oldest) this.samples.shift();
  }

  /** Bytes a second, or null until a second's worth of progress has been seen. */
  bytesPerSecond(): number | null {
    const first = this.samples[0];
    const last = this.samples.at(-1);
    if (!first || !last || last.at - first.at < 1_000) return null;
    return ((last.bytes - first.bytes) * 1_000) / (last.at - first.at);
  }
}

/** Seconds still to go at the current speed, or null while the speed is unknown or nil. */
export function secondsLeft(sent: number, total: number, bytesPerSecond: number | null): number | null {
  if (bytesPerSecond === null || bytesPerSecond <= 0) return null;
  return Math.max(0, (total - sent) / bytesPerSecond);
}

export type TimeLeft =
  | { unit: 'seconds'; seconds: number }
  | { unit: 'minutes'; minutes: number }
  | { unit: 'hours'; hours: number; minutes: number };

/** A rough time left, as people say it: "about 40 seconds", "about 7 minutes", "about 1 h 20 min". */
export function roughTimeLeft(seconds: number): TimeLeft {
  if (seconds < 60) return { unit: 'seconds', seconds: Math.max(5, Math.ceil(seconds / 5) * 5) };
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return { unit: 'minutes', minutes };
  return { unit: 'hours', hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}
