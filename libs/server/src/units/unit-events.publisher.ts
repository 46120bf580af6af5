import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Emitter } from '@socket.io/redis-emitter';
import type Redis from 'ioredis';

import { SOCKET_EVENTS, unitRoom, type UnitChangedEvent } from '@contest/contracts';

import { SerialTimer } from '../common/serial-timer';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { Sql } from '../database/sql';
import { GradedBatches } from '../grading/graded-batches';
import { InjectEmitter } from '../realtime/socket-emitter';
import type { ThrottledRooms } from '../realtime/throttled-rooms';
import { REDIS } from '../redis/redis.module';
import { unitNote, unitRooms } from './unit-changes';

const TICK_MS = 250;

/**
 * Runs in the worker: takes the noted unit changes (graded batches' and the api's), and tells
 * each changed unit's room and the rooms of all its ancestors (a district's admin follows its
 * communes) to refetch, at most once per interval per room across any number of workers
 * (`ThrottledRooms`), the last change always pushed.
 */
@Injectable()
export class UnitEventsPublisher implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(UnitEventsPublisher.name);
  private readonly timer = new SerialTimer(
    () => this.publishOnce(),
    (error) => this.logger.warn(`unit events failed: ${error.message}`),
  );

  readonly rooms: ThrottledRooms;

  constructor(
    @InjectEmitter() private readonly emitter: Emitter,
    private readonly sql: Sql,
    batches: GradedBatches,
    @Inject(REDIS) redis: Redis,
    @Inject(ENV) env: Env,
  ) {
    this.rooms = unitRooms(redis, env);
    batches.follow((batch) =>
      this.rooms.note(
        batch.unitRounds.flatMap(({ unitId, roundId }) =>
          unitId === null ? [] : [unitNote(unitId, roundId)],
        ),
      ),
    );
  }

  onModuleInit(): void {
    this.timer.start(TICK_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.timer.stop();
  }

  async publishOnce(): Promise<number[]> {
    const notes = await this.rooms.take(5000);
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
      if (!(await this.rooms.claim(unitId))) {
        keep.push(...roomNotes);
        continue;
      }
      const event: UnitChangedEvent = { unitId, roundIds: [...rounds] };
      this.emitter.to(unitRoom(unitId)).emit(SOCKET_EVENTS.unitChanged, event);
      pushed.push(unitId);
    }
    await this.rooms.keep(keep);
    return pushed;
  }
}
