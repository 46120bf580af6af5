export interface BatcherOptions<I, O> {
  /** Runs one batch; answers one output per input, in the inputs' order. */
  run: (inputs: I[]) => Promise<O[]>;
  /** The most inputs one batch carries. */
  maxSize: number;
  /** The most batches on their way at once (each holds a database connection, say). */
  maxInFlight: number;
  /** Inputs with the same key never share a batch: the later one waits for the next. */
  keyOf?: (input: I) => string;
  /**
   * Whether a batch's failure may be one input's fault (bad data rather than a lost connection).
   * Such a batch is run again one input at a time, so only the guilty call fails.
   */
  isInputError?: (error: unknown) => boolean;
}

interface Waiting<I, O> {
  input: I;
  resolve: (output: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Gathers the calls that arrive together and runs them as one: a burst of N requests becomes a
 * few statements of many rows instead of N statements, each with its round trip, its reply to
 * parse and, for a write, its commit. Calls made in the same turn of the event loop go out at its
 * end; calls made while `maxInFlight` batches are out wait for one to come back. So a quiet system
 * sends each call alone, at once, and batches grow only as fast as calls queue up.
 */
export class Batcher<I, O> {
  private queue: Waiting<I, O>[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(private readonly options: BatcherOptions<I, O>) {}

  load(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.options.maxInFlight || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      const batch = this.take();
      this.inFlight++;
      void this.send(batch).finally(() => {
        this.inFlight--;
        this.schedule();
      });
    }
  }

  /** The next batch: the oldest calls, at most one per key, the others keeping their place. */
  private take(): Waiting<I, O>[] {
    const { keyOf, maxSize } = this.options;
    if (!keyOf) return this.queue.splice(0, maxSize);
    const batch: Waiting<I, O>[] = [];
    const rest: Waiting<I, O>[] = [];
    const keys = new Set<string>();
    for (const waiting of this.queue) {
      const key = keyOf(waiting.input);
      if (batch.length < maxSize && !keys.has(key)) {
        keys.add(key);
        batch.push(waiting);
      } else rest.push(waiting);
    }
    this.queue = rest;
    return batch;
  }

  private async send(batch: Waiting<I, O>[]): Promise<void> {
    try {
      const outputs = await this.options.run(batch.map((w) => w.input));
      batch.forEach((w, i) => w.resolve(outputs[i]));
    } catch (error) {
      if (batch.length > 1 && this.options.isInputError?.(error)) {
        await Promise.all(
          batch.map((w) => this.options.run([w.input]).then(([o]) => w.resolve(o), w.reject)),
        );
      } else {
        for (const w of batch) w.reject(error);
      }
    }
  }
}
