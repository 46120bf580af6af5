import type { SaveAnswersRequest, SaveAnswersResponse } from '@contest/contracts';

export type AutosaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'retrying'; error: unknown; failures: number }
  | { kind: 'failed'; error: unknown };

export interface AutosaveSchedulerOptions {
  outbox: {
    pendingRequest(): SaveAnswersRequest | null;
    acknowledge(sent: SaveAnswersRequest): void;
  };
  send(request: SaveAnswersRequest): Promise<SaveAnswersResponse>;
  /** Network failures and 5xx are retried; anything else (409, 422, 401) stops autosave. */
  isRetryable(error: unknown): boolean;
  onStateChange(state: AutosaveState): void;
  onSaved?(response: SaveAnswersResponse): void;
  debounceMs?: number;
  backoffMs?(failures: number): number;
}

export const exponentialBackoff = (failures: number): number => Math.min(1_000 * 2 ** (failures - 1), 30_000);

/**
 * Sends the outbox to the server: debounced, one request at a time, retried with backoff while the
 * network or the server is down, and stopped for good when the server refuses the answers.
 */
export class AutosaveScheduler {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight = false;
  private running = false;
  private failures = 0;
  private state: AutosaveState = { kind: 'idle' };
  private readonly debounceMs: number;
  private readonly backoffMs: (failures: number) => number;

  constructor(private readonly options: AutosaveSchedulerOptions) {
    this.debounceMs = options.debounceMs ?? 500;
    this.backoffMs = options.backoffMs ?? exponentialBackoff;
  }

  /** Starts (or resumes) sending; changes left over from an earlier session go out at once. */
  start(): void {
    if (this.state.kind === 'failed') return;
    this.running = true;
    if (this.options.outbox.pendingRequest()) this.schedule(0);
  }

  /** Stops sending, e.g. while the submit request carries the pending changes itself. */
  stop(): void {
    this.running = false;
    this.clearTimer();
  }

  /** A change was recorded in the outbox. */
  changed(): void {
    if (!this.running || this.state.kind === 'failed') return;
    // While retrying, the backoff timer will carry the change; hammering a dead network helps no one.
    if (this.state.kind === 'retrying') return;
    this.setState({ kind: 'pending' });
    this.schedule(this.debounceMs);
  }

  /** The browser is back online: skip the rest of the backoff. */
  retryNow(): void {
    if (!this.running || this.state.kind === 'failed' || !this.options.outbox.pendingRequest()) return;
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delayMs);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async flush(): Promise<void> {
    // The request in flight reschedules when it settles, so nothing waiting is left behind.
    if (this.inFlight || !this.running) return;
    const request = this.options.outbox.pendingRequest();
    if (!request) {
      this.setState(this.state.kind === 'idle' ? this.state : { kind: 'saved' });
      return;
    }

    this.inFlight = true;
    if (this.state.kind !== 'retrying') this.setState({ kind: 'saving' });
    try {
      const response = await this.options.send(request);
      this.options.outbox.acknowledge(request);
      this.failures = 0;
      this.options.onSaved?.(response);
    } catch (error) {
      this.inFlight = false;
      if (!this.options.isRetryable(error)) {
        this.stop();
        this.setState({ kind: 'failed', error });
        return;
      }
      this.failures += 1;
      this.setState({ kind: 'retrying', error, failures: this.failures });
      if (this.running) this.schedule(this.backoffMs(this.failures));
      return;
    }
    this.inFlight = false;

    if (this.options.outbox.pendingRequest()) {
      this.setState({ kind: 'pending' });
      if (this.running && this.timer === null) this.schedule(this.debounceMs);
    } else {
      this.setState({ kind: 'saved' });
    }
  }

  private setState(state: AutosaveState): void {
    this.state = state;
    this.options.onStateChange(state);
  }
}
