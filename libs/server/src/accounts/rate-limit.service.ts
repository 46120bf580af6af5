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

/**
 * Fixed-window counters in Redis, so a limit holds across every api copy. Several limits are
 * counted in one round trip; the request is refused if any is over.
 */
@Injectable()
export class RateLimitService {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async consume(limits: Limit[]): Promise<void> {
    const pipeline = this.redis.multi();
    for (const l of limits) pipeline.incr(this.key(l)).expire(this.key(l), l.windowSeconds + 1);
    const results = (await pipeline.exec()) ?? [];
    limits.forEach((l, i) => {
      const count = Number(results[i * 2]?.[1] ?? 0);
      if (count > l.max) throw apiError(HttpStatus.TOO_MANY_REQUESTS, 'too_many_requests');
    });
  }

  /** Gives back what `consume` counted, for tries that turned out not to count (a right password). */
  async refund(limits: Limit[]): Promise<void> {
    const pipeline = this.redis.multi();
    for (const l of limits) pipeline.decr(this.key(l));
    await pipeline.exec();
  }

  private key(l: Limit): string {
    return `${this.env.REDIS_PREFIX}:rl:${l.key}:${Math.floor(Date.now() / 1000 / l.windowSeconds)}`;
  }
}
