import type { Entry } from '@contest/contracts';

import {
  autosaveDecision,
  type AutosaveDecision,
  type InitiativeFormValues,
  type InitiativeTrack,
  type SaveBlocker,
  type SavedDraft,
} from './initiative-form';

export type DraftSaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'blocked'; blockers: SaveBlocker[] }
  | { kind: 'retrying'; error: unknown }
  | { kind: 'failed'; error: unknown };

type SaveRequest = Extract<AutosaveDecision, { kind: 'create' | 'update' }>;

export interface DraftAutosaverOptions {
  /** The form and the call as they are now. */
  read(): { values: InitiativeFormValues; track: InitiativeTrack };
  send(request: SaveRequest): Promise<Entry>;
  onSaved(entry: Entry, request: SaveRequest): void;
  onState(state: DraftSaveState): void;
  /** Network failures and busy servers are tried again; a refusal waits for the next change. */
  isRetryable(error: unknown): boolean;
  debounceMs?: number;
  retryMs?: number;
}

/**
 * Saves an initiative draft as it is typed: after a pause in typing, one request at a time (the
 * first creates the draft, so a second cannot create another), again at once when the text moved
 * while a save was under way, retried while the network is down, and held, with the reason, while
 * the api would refuse the draft (no title yet, a phone number half typed).
 */
export class DraftAutosaver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private stopped = false;
  private readonly debounceMs: number;
  private readonly retryMs: number;

  constructor(
    private readonly options: DraftAutosaverOptions,
    private saved: SavedDraft,
    private savedAt: string | null,
  ) {
    this.debounceMs = options.debounceMs ?? 1_200;
    this.retryMs = options.retryMs ?? 5_000;
  }

  private decide(): AutosaveDecision {
    const { values, track } = this.options.read();
    return autosaveDecision(values, track, this.saved);
  }

  private setState(state: DraftSaveState): void {
    if (!this.stopped) this.options.onState(state);
  }

  private settledState(): DraftSaveState {
    return this.savedAt === null ? { kind: 'idle' } : { kind: 'saved', at: this.savedAt };
  }

  /** The form changed: wait for a pause in typing, or say what stops the save. */
  changed(): void {
    const decision = this.decide();
    if (decision.kind === 'blocked') {
      this.clearTimer();
      this.setState({ kind: 'blocked', blockers: decision.blockers });
    } else if (decision.kind === 'unchanged') {
      this.clearTimer();
      if (!this.inFlight) this.setState(this.settledState());
    } else if (!this.inFlight) {
      // A save under way looks again when it settles: nothing to schedule now.
      this.setState({ kind: 'pending' });
      this.schedule(this.debounceMs);
    }
  }

  /** Saves what is left now; true when the server holds exactly what the form shows. */
  async flush(): Promise<boolean> {
    this.clearTimer();
    await this.run();
    return this.decide().kind === 'unchanged';
  }

  /** The editor is on screen (again: React may mount it twice). */
  start(): void {
    this.stopped = false;
  }

  /** The editor closes: a save still waiting for the pause goes out now, and nothing reports back. */
  stop(): void {
    const waiting = this.timer !== null;
    this.clearTimer();
    this.stopped = true;
    if (waiting) void this.run();
  }

  private schedule(delay: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async run(): Promise<void> {
    while (this.inFlight) await this.inFlight;
    const decision = this.decide();
    if (decision.kind !== 'create' && decision.kind !== 'update') return;
    this.inFlight = this.save(decision);
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
  }

  private async save(request: SaveRequest): Promise<void> {
    this.setState({ kind: 'saving' });
    let entry: Entry;
    try {
      entry = await this.options.send(request);
    } catch (error) {
      if (this.options.isRetryable(error)) {
        this.setState({ kind: 'retrying', error });
        if (!this.stopped) this.schedule(this.retryMs);
      } else this.setState({ kind: 'failed', error });
      return;
    }
    this.saved = { entryId: entry.id, key: request.key };
    this.savedAt = entry.updatedAt;
    this.options.onSaved(entry, request);
    const next = this.decide();
    if (next.kind === 'create' || next.kind === 'update') {
      this.setState({ kind: 'pending' });
      if (!this.stopped) this.schedule(this.debounceMs);
    } else if (next.kind === 'blocked') this.setState({ kind: 'blocked', blockers: next.blockers });
    else this.setState(this.settledState());
  }
}
