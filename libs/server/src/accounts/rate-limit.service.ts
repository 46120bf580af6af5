import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';

import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { Batcher } from '../common/batcher';
import { apiError } from '../http/api-error';
import { REDIS } from '../redis/redis.module';

export interface Limit {
  /** What is limited and for whom, e.g. "login:ip:1.2.3.4". */
  key: string;
  max: number;
  windowSeconds: number;
}

// For each request of a batch (ARGV: how many requests, then per request its number of keys
// and each key's max and window), checks every counter first and counts only if none is full,
// in one atomic step: a refused request never counts, so hammering a limit already reached cannot
// push a wider one (an account's all-IPs ceiling) towards locking its owner out. Answers 1 or 0
// per request, in order.
const CONSUME = `
local answers, k, a = {}, 1, 2
for r = 1, tonumber(ARGV[1]) do
  local n = tonumber(ARGV[a])
  local allowed = 1
  for i = 0, n - 1 do
    if tonumber(redis.call('GET', KEYS[k + i]) or '0') >= tonumber(ARGV[a + 1 + i * 2]) then allowed = 0 end
  end
  if allowed == 1 then
    for i = 0, n - 1 do
      redis.call('INCR', KEYS[k + i])
      redis.call('EXPIRE', KEYS[k + i], ARGV[a + 2 + i * 2])
    end
  end
  answers[r] = allowed
  k = k + n
  a = a + 1 + n * 2
end
return answers`;

// Gives back a count only where one was taken (the window may have turned since).
const REFUND = `
for _, key in ipairs(KEYS) do
  if tonumber(redis.call('GET', key) or '0') > 0 then redis.call('DECR', key) end
end
return 1`;

/** Fixed-window counters in Redis, so a limit holds across every api copy. */
@Injectable()
export class RateLimitService {
  private readonly requests = new Batcher<Limit[], boolean>({
    run: (requests) => this.consumeBatch(requests),
    maxSize: 500,
    maxInFlight: 2,
  });

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** Counts one request against every limit, or refuses it (429) without counting if any is full. */
  async consume(limits: Limit[]): Promise<void> {
    const allowed = await this.requests.load(limits);
    if (!allowed) throw apiError(HttpStatus.TOO_MANY_REQUESTS, 'too_many_requests');
  }

  /** Requests that arrive together are counted by one script call: a login or start burst is thousands. */
  private async consumeBatch(requests: Limit[][]): Promise<boolean[]> {
    const now = Date.now();
    const keys = requests.flatMap((limits) => limits.map((l) => this.key(l, now)));
    const args = requests.flatMap((limits) => [
      limits.length,
      ...limits.flatMap((l) => [l.max, l.windowSeconds + 1]),
    ]);
    const answers = (await this.redis.eval(
      CONSUME,
      keys.length,
      ...keys,
      requests.length,
      ...args,
    )) as number[];
    return answers.map((a) => a === 1);
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
