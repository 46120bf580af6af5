import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Emitter } from '@socket.io/redis-emitter';
import type Redis from 'ioredis';

import { dashboardRoom, SOCKET_EVENTS } from '@contest/contracts';

import { SerialTimer } from '../common/serial-timer';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { Sql } from '../database/sql';
import { GradedBatches } from '../grading/graded-batches';
import { InjectEmitter } from '../realtime/socket-emitter';
import { ThrottledRooms } from '../realtime/throttled-rooms';
import { REDIS } from '../redis/redis.module';
import { DashboardService } from './dashboard.service';

/** Open rounds are refreshed this often even when nothing is graded (starts still move the figures). */
const IDLE_REFRESH_MS = 5_000;
/**
 * Added to the interval between two emits of a room: delivery to a thousand sockets varies by
 * up to ~100 ms, and the promise is about when browsers receive, not when the worker sends.
 */
const DELIVERY_JITTER_MS = 150;

/**
 * Pushes live dashboards from the worker: each graded batch notes its rounds; a ticker several
 * times per interval emits one snapshot per noted round to its room through Redis, so whichever
 * api copy holds an organizer's socket delivers it, at most once per interval per round
 * (`ThrottledRooms`), the last grade always followed within about an interval and a tick.
 */
@Injectable()
export class DashboardPublisher implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(DashboardPublisher.name);
  private readonly timer = new SerialTimer(
    () => this.publishOnce(),
    (error) => this.logger.warn(`dashboard publish failed: ${error.message}`),
  );
  private lastIdleRefresh = 0;
  readonly rooms: ThrottledRooms;

  constructor(
    @InjectEmitter() private readonly emitter: Emitter,
    private readonly dashboards: DashboardService,
    private readonly sql: Sql,
    batches: GradedBatches,
    @Inject(REDIS) redis: Redis,
    @Inject(ENV) private readonly env: Env,
  ) {
    this.rooms = new ThrottledRooms(redis, env.REDIS_PREFIX, 'dashboard', env.DASHBOARD_INTERVAL_MS);
    batches.follow((batch) => this.rooms.note(batch.roundIds));
  }

  onModuleInit(): void {
    // Ticks finer than the interval, so a dirty room is sent soon after its lock expires.
    this.timer.start(Math.max(50, this.env.DASHBOARD_INTERVAL_MS / 4));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.timer.stop();
  }

  async publishOnce(): Promise<number[]> {
    const dirty = (await this.rooms.take(1000)).map(Number);
    const rounds = new Set(dirty);
    if (Date.now() - this.lastIdleRefresh >= IDLE_REFRESH_MS) {
      this.lastIdleRefresh = Date.now();
      const open = await this.sql.query<{ id: number }>(
        'dashboard-open-rounds',
        `SELECT id FROM rounds WHERE opens_at <= now() AND closes_at > now() - interval '10 minutes'`,
      );
      open.forEach((r) => rounds.add(r.id));
    }
    const published: number[] = [];
    for (const roundId of rounds) {
      const keepDirty = () => (dirty.includes(roundId) ? this.rooms.keep([String(roundId)]) : undefined);
      if (await this.rooms.sentRecently(roundId)) {
        await keepDirty();
        continue;
      }
      const snapshot = await this.dashboards.snapshot(roundId);
      // Claimed right before the emit (not before the query), so emits, not queries, are spaced.
      if (!(await this.rooms.claim(roundId, DELIVERY_JITTER_MS))) {
        await keepDirty();
        continue;
      }
      this.emitter.to(dashboardRoom(roundId)).emit(SOCKET_EVENTS.dashboardUpdate, snapshot);
      published.push(roundId);
    }
    return published;
  }
}
