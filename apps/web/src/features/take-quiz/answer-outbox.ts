import { answerChangeSchema, type AnswerChange, type SaveAnswersRequest } from '@contest/contracts';
import { z } from 'zod';

import type { KeyValueStorage } from '../../lib/key-value-storage';

interface PredictionChange {
  value: number;
  seq: number;
}

const storedAttemptSchema = z.object({
  version: z.literal(1),
  lastSeq: z.number().int().nonnegative(),
  answers: z.array(z.tuple([z.number().int(), z.number().int()])),
  prediction: z.number().int().nullable(),
  pendingAnswers: z.array(answerChangeSchema),
  pendingPrediction: z.object({ value: z.number().int(), seq: z.number().int() }).nullable(),
});
type StoredAttempt = z.infer<typeof storedAttemptSchema>;

/** Anything unreadable (an older format, a truncated write) is ignored: the server still has the saved answers. */
function parseStoredAttempt(raw: string | null): StoredAttempt | null {
  if (!raw) return null;
  try {
    const parsed = storedAttemptSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface OutboxSnapshot {
  /** Chosen option per question position; unanswered positions are absent. */
  readonly answers: ReadonlyMap<number, number>;
  readonly prediction: number | null;
  readonly pendingCount: number;
}

export interface SavedAttemptAnswers {
  answers: readonly { position: number; option: number | null }[];
  prediction: number | null;
}

export const attemptStorageKey = (attemptId: number) => `contest.attempt.${attemptId}`;

/**
 * The answers of one attempt as the participant sees them, and the changes the server has not yet
 * confirmed. Both live in storage, so a reload, a crash or a dropped network loses nothing.
 *
 * Every change takes a `seq` that grows per attempt; the server keeps, per question, the change with the
 * highest seq, so a retried or late request can never overwrite a newer answer.
 */
export class AnswerOutbox {
  private readonly key: string;
  private lastSeq = 0;
  private answers = new Map<number, number>();
  private prediction: number | null = null;
  private pendingAnswers = new Map<number, AnswerChange>();
  private pendingPrediction: PredictionChange | null = null;
  private snapshot: OutboxSnapshot;
  private readonly listeners = new Set<() => void>();
  private discarded = false;

  /**
   * @param seqFloor the server's time in ms: seqs never fall below it, so after a resume on another device
   *   (or with cleared storage) new changes still outrank the ones saved earlier.
   */
  constructor(
    attemptId: number,
    private readonly storage: KeyValueStorage,
    private readonly seqFloor: () => number,
  ) {
    this.key = attemptStorageKey(attemptId);
    this.restore();
    this.snapshot = this.buildSnapshot();
  }

  /** Lays the server's saved answers under the changes still waiting to reach it. */
  hydrate(saved: SavedAttemptAnswers): void {
    this.answers = new Map();
    for (const { position, option } of saved.answers) {
      if (option !== null) this.answers.set(position, option);
    }
    for (const change of this.pendingAnswers.values()) this.applyAnswer(change.position, change.option);
    this.prediction = this.pendingPrediction?.value ?? saved.prediction;
    this.commit();
  }

  setAnswer(position: number, option: number | null): void {
    this.pendingAnswers.set(position, { position, option, seq: this.nextSeq() });
    this.applyAnswer(position, option);
    this.commit();
  }

  setPrediction(value: number): void {
    this.pendingPrediction = { value, seq: this.nextSeq() };
    this.prediction = value;
    this.commit();
  }

  /** Everything not yet confirmed, as one request body; null when there is nothing to send. */
  pendingRequest(): SaveAnswersRequest | null {
    if (this.pendingAnswers.size === 0 && !this.pendingPrediction) return null;
    return {
      answers: [...this.pendingAnswers.values()],
      ...(this.pendingPrediction && { prediction: { ...this.pendingPrediction } }),
    };
  }

  /**
   * The server stored `sent`. Only entries at or below the seq that was sent are dropped: a change made
   * while the request was in flight stays pending, and a late answer to an older request changes nothing.
   */
  acknowledge(sent: SaveAnswersRequest): void {
    for (const change of sent.answers) {
      const pending = this.pendingAnswers.get(change.position);
      if (pending && pending.seq <= change.seq) this.pendingAnswers.delete(change.position);
    }
    if (sent.prediction && this.pendingPrediction && this.pendingPrediction.seq <= sent.prediction.seq) {
      this.pendingPrediction = null;
    }
    this.commit();
  }

  /** Forgets the attempt once it is submitted; later calls no longer touch storage. */
  discard(): void {
    this.discarded = true;
    this.storage.removeItem(this.key);
  }

  getSnapshot = (): OutboxSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private nextSeq(): number {
    this.lastSeq = Math.max(this.lastSeq + 1, Math.floor(this.seqFloor()));
    return this.lastSeq;
  }

  private applyAnswer(position: number, option: number | null): void {
    if (option === null) this.answers.delete(position);
    else this.answers.set(position, option);
  }

  private commit(): void {
    this.persist();
    this.snapshot = this.buildSnapshot();
    for (const listener of this.listeners) listener();
  }

  private buildSnapshot(): OutboxSnapshot {
    return {
      answers: new Map(this.answers),
      prediction: this.prediction,
      pendingCount: this.pendingAnswers.size + (this.pendingPrediction ? 1 : 0),
    };
  }

  private restore(): void {
    const stored = parseStoredAttempt(this.storage.getItem(this.key));
    if (!stored) return;
    this.lastSeq = stored.lastSeq;
    this.answers = new Map(stored.answers);
    this.prediction = stored.prediction;
    this.pendingAnswers = new Map(stored.pendingAnswers.map((change) => [change.position, change]));
    this.pendingPrediction = stored.pendingPrediction;
  }

  private persist(): void {
    if (this.discarded) return;
    const stored: StoredAttempt = {
      version: 1,
      lastSeq: this.lastSeq,
      answers: [...this.answers],
      prediction: this.prediction,
      pendingAnswers: [...this.pendingAnswers.values()],
      pendingPrediction: this.pendingPrediction,
    };
    try {
      this.storage.setItem(this.key, JSON.stringify(stored));
    } catch {
      // A full or forbidden storage must not break the quiz: the answers still live in memory and the outbox.
    }
  }
}
