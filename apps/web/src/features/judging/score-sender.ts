import type { JudgeEntry } from '@contest/contracts';

import { exponentialBackoff } from '../take-quiz/autosave-scheduler';
import type { QueuedSheet, SheetRefusal } from './score-outbox';

export type SenderState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  /** The network or the server failed: the sheets wait on the phone and go out on the next try. */
  | { kind: 'waiting'; failures: number; error: unknown };

export interface ScoreSenderOptions {
  outbox: {
    nextToSend(): QueuedSheet | null;
    settle(sent: QueuedSheet, outcome: { kind: 'saved' } | { kind: 'refused'; refusal: SheetRefusal }): void;
  };
  send(sheet: QueuedSheet): Promise<JudgeEntry>;
  /** The request never got a usable answer (offline, 5xx, signed out): try again later. */
  isRetryable(error: unknown): boolean;
  /** The server's refusal of a sheet, to keep beside it (the part was closed, the stage locked…). */
  refusalOf(error: unknown): SheetRefusal;
  onStateChange(state: SenderState): void;
  onSaved?(sheet: JudgeEntry): void;
  onRefused?(refusal: SheetRefusal): void;
  backoffMs?(failures: number): number;
}

/**
 * Sends the outbox's sheets one at a time, oldest first. A refusal settles that sheet and the next
 * goes out; a failure of the line keeps every sheet queued and tries again after a growing pause,
 * or at once when the page hears the line is back (`retryNow`: the browser's online event, the
 * socket's reconnect).
 */
export class ScoreSender {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight = false;
  private running = false;
  private failures = 0;
  private readonly backoffMs: (failures: number) => number;

  constructor(private readonly options: ScoreSenderOptions) {
    this.backoffMs = options.backoffMs ?? exponentialBackoff;
  }

  /** Starts sending; sheets left over from an earlier visit go out at once. */
  start(): void {
    this.running = true;
    this.schedule(0);
  }

  stop(): void {
    this.running = false;
    this.clearTimer();
  }

  /** A sheet was queued: sent at once, even while the line is thought down (the judge asked). */
  queued(): void {
    this.schedule(0);
  }

  /** The line is back: skip the rest of the pause. */
  retryNow(): void {
    if (this.options.outbox.nextToSend()) this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (!this.running) return;
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
    // The send in flight goes on to the next sheet when it settles.
    if (this.inFlight || !this.running) return;
    const sheet = this.options.outbox.nextToSend();
    if (!sheet) {
      this.options.onStateChange({ kind: 'idle' });
      return;
    }
    this.inFlight = true;
    if (this.failures === 0) this.options.onStateChange({ kind: 'sending' });
    try {
      const saved = await this.options.send(sheet);
      this.options.outbox.settle(sheet, { kind: 'saved' });
      this.options.onSaved?.(saved);
    } catch (error) {
      this.inFlight = false;
      if (this.options.isRetryable(error)) {
        this.failures += 1;
        this.options.onStateChange({ kind: 'waiting', failures: this.failures, error });
        this.schedule(this.backoffMs(this.failures));
        return;
      }
      const refusal = this.options.refusalOf(error);
      this.options.outbox.settle(sheet, { kind: 'refused', refusal });
      this.options.onRefused?.(refusal);
    }
    this.inFlight = false;
    this.failures = 0;
    this.schedule(0);
  }
}
