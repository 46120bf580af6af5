import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';

import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { ThrottledRooms } from '../realtime/throttled-rooms';
import { REDIS } from '../redis/redis.module';

/** A unit room hears at most one push per this interval, however fast its people submit. */
const UNIT_ROOM_INTERVAL_MS = 1_000;

/** The unit rooms' notes ("unitId:roundId", round 0: the roster) and their turns. */
export const unitRooms = (redis: Redis, env: Pick<Env, 'REDIS_PREFIX'>) =>
  new ThrottledRooms(redis, env.REDIS_PREFIX, 'units', UNIT_ROOM_INTERVAL_MS);

export const unitNote = (unitId: number, roundId = 0) => `${unitId}:${roundId}`;

/**
 * Notes that people of these units started or finished attempts (or their roster changed). The
 * worker's UnitEventsPublisher turns the notes into throttled pushes; noting is one SADD and
 * never fails the request that makes it.
 */
@Injectable()
export class UnitChanges {
  private readonly rooms: ThrottledRooms;

  constructor(@Inject(REDIS) redis: Redis, @Inject(ENV) env: Env) {
    this.rooms = unitRooms(redis, env);
  }

  async markDirty(unitIds: Iterable<number | null>, roundIds: Iterable<number>): Promise<void> {
    const rounds = [...new Set(roundIds)];
    const units = [...new Set(unitIds)].filter((u): u is number => u !== null);
    await this.rooms.note(
      units.flatMap((u) => (rounds.length ? rounds.map((r) => unitNote(u, r)) : [unitNote(u)])),
    );
  }
}
