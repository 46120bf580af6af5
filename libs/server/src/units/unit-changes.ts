import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';

import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { REDIS } from '../redis/redis.module';

/** The Redis set of "unitId:roundId" whose unit admins' pages are out of date (round 0: the roster). */
export const unitChangesKey = (env: Pick<Env, 'REDIS_PREFIX'>) => `${env.REDIS_PREFIX}:units:dirty`;

/**
 * Notes that people of these units started or finished attempts (or their roster changed). The
 * worker's UnitEventsPublisher turns the notes into throttled pushes; noting is one SADD and
 * never fails the request or the grading batch that makes it.
 */
@Injectable()
export class UnitChanges {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async markDirty(unitIds: Iterable<number | null>, roundIds: Iterable<number>): Promise<void> {
    const rounds = [...new Set(roundIds)];
    const members = [...new Set(unitIds)]
      .filter((u): u is number => u !== null)
      .flatMap((u) => (rounds.length ? rounds.map((r) => `${u}:${r}`) : [`${u}:0`]));
    if (members.length) await this.redis.sadd(unitChangesKey(this.env), ...members).catch(() => undefined);
  }
}
