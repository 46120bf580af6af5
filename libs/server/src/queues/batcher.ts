/**
 * Gathers single items arriving concurrently (one per queue job) into batches: a batch runs
 * when it reaches `maxSize` or `maxWaitMs` after its first item, whichever comes first. Every
 * caller's promise settles with its batch, so a job completes only once its batch is committed.
 */
export class Batcher<T> {
  private pending: { item: T; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly run: (items: T[]) => Promise<void>,
    private readonly maxSize: number,
    private readonly maxWaitMs: number,
  ) {}

  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.pending.length >= this.maxSize) this.flush();
      else if (!this.timer) this.timer = setTimeout(() => this.flush(), this.maxWaitMs);
    });
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    this.run(batch.map((b) => b.item)).then(
      () => batch.forEach((b) => b.resolve()),
      (error) => batch.forEach((b) => b.reject(error)),
    );
  }
}
