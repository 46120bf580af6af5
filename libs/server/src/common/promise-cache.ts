/**
 * Keeps a loaded value (as its promise, so concurrent callers share one load) for a few
 * seconds in this process; a failed load is forgotten at once so the next caller retries.
 */
export class PromiseCache<K, V> {
  private readonly entries = new Map<K, { expires: number; value: Promise<V> }>();

  constructor(private readonly ttlMs: number) {}

  get(key: K, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > Date.now()) return hit.value;
    const value = load();
    this.entries.set(key, { expires: Date.now() + this.ttlMs, value });
    value.catch(() => this.entries.delete(key));
    return value;
  }

  delete(key: K): void {
    this.entries.delete(key);
  }
}
