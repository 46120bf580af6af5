import type Redis from 'ioredis';

const NOTE_BATCH_MS = 20;

/**
 * A kind of live room (a round's dashboard, a unit's page, a contest's public board) pushed at
 * most once per interval per room, however fast things change and however many workers run.
 * What changed is noted in a Redis set; a publisher's tick takes the notes and sends a room only
 * when it wins that room's Redis lock for the interval; a room that loses keeps its notes for a
 * later tick, so the last change is always followed by a push within about an interval.
 * Keys: `<prefix>:<name>:dirty` and `<prefix>:<name>:lock:<room>`.
 */
export class ThrottledRooms {
  private readonly dirtyKey: string;
  private readonly lockPrefix: string;
  private readonly pending = new Set<string>();
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    name: string,
    readonly intervalMs: number,
  ) {
    this.dirtyKey = `${prefix}:${name}:dirty`;
    this.lockPrefix = `${prefix}:${name}:lock:`;
  }

  /**
   * Notes what changed, never failing its caller (a request, a grading batch). Notes made within
   * NOTE_BATCH_MS go to Redis as one SADD: in a start burst a round trip per request costs the
   * api more than the rest of noting, and a push waits for the interval anyway.
   */
  note(members: Iterable<string | number>): Promise<void> {
    for (const member of members) this.pending.add(String(member));
    if (!this.pending.size) return Promise.resolve();
    this.flushing ??= new Promise<void>((resolve) =>
      setTimeout(() => {
        const notes = [...this.pending];
        this.pending.clear();
        this.flushing = null;
        void this.redis
          .sadd(this.dirtyKey, ...notes)
          .catch(() => undefined)
          .then(() => resolve());
      }, NOTE_BATCH_MS),
    );
    return this.flushing;
  }

  /** Takes up to `count` notes for this tick. */
  async take(count: number): Promise<string[]> {
    return this.redis.spop(this.dirtyKey, count);
  }

  /** Gives notes back to a later tick (their room was sent too recently). */
  async keep(members: readonly string[]): Promise<void> {
    if (members.length) await this.redis.sadd(this.dirtyKey, ...new Set(members));
  }

  /** True while the room was sent less than an interval ago (to skip building what cannot go). */
  async sentRecently(room: string | number): Promise<boolean> {
    return (await this.redis.pttl(`${this.lockPrefix}${room}`)) > 0;
  }

  /** Claims the room's turn for the interval (plus `slackMs`): false when another send holds it. */
  async claim(room: string | number, slackMs = 0): Promise<boolean> {
    return (
      (await this.redis.set(`${this.lockPrefix}${room}`, '1', 'PX', this.intervalMs + slackMs, 'NX')) === 'OK'
    );
  }
}
