/**
 * The server's clock is the only clock. The browser keeps the offset between the server's time and its own,
 * and derives every remaining time from absolute instants, so a throttled background tab or a phone waking
 * from sleep shows the right time at once instead of a drifted one.
 */
export type LocalClock = () => number;

/** Server time minus local time, sampled when a response carrying `serverNow` arrived. */
export function clockOffsetMs(serverNowIso: string, receivedAtMs: number): number {
  const serverNow = Date.parse(serverNowIso);
  if (Number.isNaN(serverNow)) throw new Error(`Invalid server time: ${serverNowIso}`);
  return serverNow - receivedAtMs;
}

export class ServerClock {
  private offset: number;

  constructor(
    serverNowIso: string,
    receivedAtMs: number,
    private readonly localNow: LocalClock = Date.now,
  ) {
    this.offset = clockOffsetMs(serverNowIso, receivedAtMs);
  }

  get offsetMs(): number {
    return this.offset;
  }

  /** The latest sample wins, so a change of the device's clock is corrected by the next response. */
  sync(serverNowIso: string, receivedAtMs: number): void {
    this.offset = clockOffsetMs(serverNowIso, receivedAtMs);
  }

  now(): number {
    return this.localNow() + this.offset;
  }

  /** Milliseconds left until an instant given in server time, never negative. */
  msUntil(instantIso: string): number {
    return Math.max(0, Date.parse(instantIso) - this.now());
  }
}
