/**
 * Runs `work` on an interval, never two runs at once (a slow run makes the next ticks skip);
 * `stop` clears the interval and waits for a run in progress. A failed run is reported to
 * `onError` and the next tick tries again.
 */
export class SerialTimer {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly work: () => Promise<unknown>,
    private readonly onError: (error: Error) => void,
  ) {}

  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.tick(), intervalMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.work()
      .then(() => undefined)
      .catch((error: Error) => this.onError(error))
      .finally(() => (this.running = null));
    await this.running;
  }
}
