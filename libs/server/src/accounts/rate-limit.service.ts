import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';

import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { apiError } from '../http/api-error';
import { REDIS } from '../redis/redis.module';

export interface Limit {
  /** What is limited and for whom, e.g. "login:ip:1.2.3.4". */
  key: string;
  max: number;
  windowSeconds: number;
}

// Checks every counter first and counts only if none is full, in one atomic step: a refused
// request never counts, so hammering a limit already reached cannot push a wider one (an
// account's all-IPs ceiling) towards locking its owner out.
const CONSUME = `
for i, key in ipairs(KEYS) do
  if tonumber(redis.call('GET', key) or '0') >= tonumber(ARGV[i * 2 - 1]) then return 0 end
end
for i, key in ipairs(KEYS) do
  redis.call('INCR', key)
  redis.call('EXPIRE', key, ARGV[i * 2])
end
return 1`;

// Gives back a count only where one was taken (the window may have turned since).
const REFUND = `
for _, key in ipairs(KEYS) do
  if tonumber(redis.call('GET', key) or '0') > 0 then redis.call('DECR', key) end
end
return 1`;

/** Fixed-window counters in Redis, so a limit holds across every api copy. */
@Injectable()
export class RateLimitService {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** Counts one request against every limit, or refuses it (429) without counting if any is full. */
  async consume(limits: Limit[]): Promise<void> {
    const now = Date.now();
    const keys = limits.map((l) => this.key(l, now));
    const args = limits.flatMap((l) => [l.max, l.windowSeconds + 1]);
    const allowed = await this.redis.eval(CONSUME, keys.length, ...keys, ...args);
    if (allowed !== 1) throw apiError(HttpStatus.TOO_MANY_REQUESTS, 'too_many_requests');
  }

  /** Gives back what `consume` counted, for tries that turned out not to count (a right password). */
  async refund(limits: Limit[]): Promise<void> {
    const now = Date.now();
    const keys = limits.map((l) => this.key(l, now));
    await this.redis.eval(REFUND, keys.length, ...keys);
  }

  private key(l: Limit, now: number): string {
    return `${this.env.REDIS_PREFIX}:rl:${l.key}:${Math.floor(now / 1000 / l.windowSeconds)}`;
  }
}
