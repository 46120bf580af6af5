import { randomUUID } from 'node:crypto';

import { ERRORS, type Lock, type Locker, type RequestRelease } from '@tus/utils';
import type Redis from 'ioredis';

// Set only by the holder that still holds it: a holder whose lease ran out never removes or
// extends the next holder's lock.
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
const EXTEND = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

export interface UploadLockerOptions {
  /** A holder's lease: renewed while its request runs, gone this long after its process died. */
  leaseMs: number;
  /** How long a request waits for an upload another request holds before it is refused. */
  acquireTimeoutMs: number;
  /** Between tries while waiting. */
  retryMs: number;
}

/**
 * tus's per-upload lock, held in Redis so that any api copy can continue an upload another copy
 * began: one request at a time writes an upload's bytes, whichever copy it reaches. A request
 * that finds the lock held asks its holder, on whichever copy, to let go (a client resuming
 * after a dropped line should not wait for the dead request to time out), then takes it. A
 * copy that dies holding a lock leaves it to expire after `leaseMs`.
 */
export class RedisUploadLocker implements Locker {
  /** Locks held by this process's requests, by upload id: whom to ask when another wants one. */
  readonly held = new Map<string, { token: string; requestRelease: RequestRelease }>();
  private readonly channel: string;

  constructor(
    readonly redis: Redis,
    private readonly subscriber: Redis,
    private readonly prefix: string,
    readonly options: UploadLockerOptions,
  ) {
    this.channel = `${prefix}:uploads:release`;
  }

  /** Starts listening for other copies' requests to let an upload go. */
  async listen(): Promise<void> {
    this.subscriber.on('message', (channel: string, id: string) => {
      if (channel === this.channel) void this.held.get(id)?.requestRelease();
    });
    await this.subscriber.subscribe(this.channel);
  }

  key(id: string): string {
    return `${this.prefix}:uploads:lock:${id}`;
  }

  async askRelease(id: string): Promise<void> {
    const local = this.held.get(id);
    if (local) await local.requestRelease();
    else await this.redis.publish(this.channel, id);
  }

  newLock(id: string): Lock {
    return new RedisUploadLock(id, this);
  }
}

class RedisUploadLock implements Lock {
  private readonly token = randomUUID();
  private renewal: NodeJS.Timeout | null = null;

  constructor(
    private readonly id: string,
    private readonly locker: RedisUploadLocker,
  ) {}

  async lock(signal: AbortSignal, requestRelease: RequestRelease): Promise<void> {
    const { redis, options } = this.locker;
    const key = this.locker.key(this.id);
    const until = Date.now() + options.acquireTimeoutMs;
    let asked = false;
    while (!signal.aborted && Date.now() < until) {
      if (await redis.set(key, this.token, 'PX', options.leaseMs, 'NX')) {
        this.locker.held.set(this.id, { token: this.token, requestRelease });
        this.renewal = setInterval(() => {
          redis.eval(EXTEND, 1, key, this.token, options.leaseMs).catch(() => undefined);
        }, options.leaseMs / 3);
        this.renewal.unref();
        return;
      }
      if (!asked) {
        asked = true;
        await this.locker.askRelease(this.id);
      }
      await new Promise((resolve) => setTimeout(resolve, options.retryMs));
    }
    throw ERRORS.ERR_LOCK_TIMEOUT;
  }

  async unlock(): Promise<void> {
    if (this.renewal) clearInterval(this.renewal);
    this.renewal = null;
    if (this.locker.held.get(this.id)?.token === this.token) this.locker.held.delete(this.id);
    await this.locker.redis.eval(RELEASE, 1, this.locker.key(this.id), this.token);
  }
}
