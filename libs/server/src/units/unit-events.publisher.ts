import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Emitter } from '@socket.io/redis-emitter';
import type Redis from 'ioredis';

import { SOCKET_EVENTS, unitRoom, type UnitChangedEvent } from '@contest/contracts';

import { SerialTimer } from '../common/serial-timer';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { Sql } from '../database/sql';
import { REDIS } from '../redis/redis.module';
import { InjectEmitter } from '../realtime/socket-emitter';
import { unitChangesKey } from './unit-changes';

/** A unit room hears at most one push per this interval, however fast its people submit. */
const ROOM_INTERVAL_MS = 1_000;
const TICK_MS = 250;

/**
 * Runs in the worker: takes the noted unit changes, and tells each changed unit's room and the
 * rooms of all its ancestors (a district's admin follows its communes) to refetch. A per-room
 * Redis lock spaces the pushes across any number of workers; a room whose lock is held keeps its
 * note, so the last change is always pushed within about an interval.
 */
@Injectable()
export class UnitEventsPublisher implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(UnitEventsPublisher.name);
  private readonly timer = new SerialTimer(
    () => this.publishOnce(),
    (error) => this.logger.warn(`unit events failed: ${error.message}`),
  );

  constructor(
    @InjectEmitter() private readonly emitter: Emitter,
    private readonly sql: Sql,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(ENV) private readonly env: Env,
  ) {}

  onModuleInit(): void {
    this.timer.start(TICK_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.timer.stop();
  }

  async publishOnce(): Promise<number[]> {
    const notes = await this.redis.spop(unitChangesKey(this.env), 5000);
    if (notes.length === 0) return [];
    const roundsOf = new Map<number, Set<number>>();
    for (const note of notes) {
      const [unitId, roundId] = note.split(':').map(Number);
      if (!roundsOf.has(unitId)) roundsOf.set(unitId, new Set());
      if (roundId) roundsOf.get(unitId)!.add(roundId);
    }
    const paths = await this.sql.query<{ id: number; path: string }>(
      'unit-events-paths',
      'SELECT id, path FROM units WHERE id = ANY($1)',
      [[...roundsOf.keys()]],
    );
    // Every room that must hear, with the rounds that changed under it.
    const rooms = new Map<number, { rounds: Set<number>; notes: string[] }>();
    for (const { id, path } of paths) {
      for (const roomUnit of path.split('/').filter(Boolean).map(Number)) {
        const room = rooms.get(roomUnit) ?? { rounds: new Set<number>(), notes: [] };
        roundsOf.get(id)!.forEach((r) => room.rounds.add(r));
        room.notes.push(...notes.filter((n) => n.startsWith(`${id}:`)));
        rooms.set(roomUnit, room);
      }
    }
    const pushed: number[] = [];
    const keep: string[] = [];
    for (const [unitId, { rounds, notes: roomNotes }] of rooms) {
      const lock = `${this.env.REDIS_PREFIX}:units:lock:${unitId}`;
      if (!(await this.redis.set(lock, '1', 'PX', ROOM_INTERVAL_MS, 'NX'))) {
        keep.push(...roomNotes);
        continue;
      }
      const event: UnitChangedEvent = { unitId, roundIds: [...rounds] };
      this.emitter.to(unitRoom(unitId)).emit(SOCKET_EVENTS.unitChanged, event);
      pushed.push(unitId);
    }
    if (keep.length) await this.redis.sadd(unitChangesKey(this.env), ...new Set(keep));
    return pushed;
  }
}
