import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Emitter } from '@socket.io/redis-emitter';
import type Redis from 'ioredis';

import { dashboardRoom, SOCKET_EVENTS } from '@contest/contracts';

import { SerialTimer } from '../common/serial-timer';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { Sql } from '../database/sql';
import { REDIS } from '../redis/redis.module';
import { InjectEmitter } from '../realtime/socket-emitter';
import { DashboardService } from './dashboard.service';

/** Open rounds are refreshed this often even when nothing is graded (starts still move the figures). */
const IDLE_REFRESH_MS = 5_000;
/**
 * Added to the interval between two emits of a room: delivery to a thousand sockets varies by
 * up to ~100 ms, and the promise is about when browsers receive, not when the worker sends.
 */
const DELIVERY_JITTER_MS = 150;

/**
 * Pushes live dashboards from the worker. Grading marks its rounds dirty in a Redis set; a
 * ticker takes the set several times per interval and emits one snapshot per round to that round's room
 * through Redis, so whichever api copy holds an organizer's socket delivers it. A per-room Redis
 * lock keeps it to one update per interval per room across any number of workers, whatever the
 * grading rate; a round whose lock is taken stays dirty, so the last grade is always followed by
 * an update within about one interval and a tick.
 */
@Injectable()
export class DashboardPublisher implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(DashboardPublisher.name);
  private readonly timer = new SerialTimer(
    () => this.publishOnce(),
    (error) => this.logger.warn(`dashboard publish failed: ${error.message}`),
  );
  private lastIdleRefresh = 0;

  constructor(
    @InjectEmitter() private readonly emitter: Emitter,
    private readonly dashboards: DashboardService,
    private readonly sql: Sql,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(ENV) private readonly env: Env,
  ) {}

  private get dirtyKey() {
    return `${this.env.REDIS_PREFIX}:dashboard:dirty`;
  }

  /** Called after each grading batch; cheap and never throws into grading. */
  async markDirty(roundIds: Iterable<number>): Promise<void> {
    const ids = [...new Set(roundIds)];
    if (ids.length) await this.redis.sadd(this.dirtyKey, ...ids).catch(() => undefined);
  }

  onModuleInit(): void {
    // Ticks finer than the interval, so a dirty room is sent soon after its lock expires.
    this.timer.start(Math.max(50, this.env.DASHBOARD_INTERVAL_MS / 4));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.timer.stop();
  }

  async publishOnce(): Promise<number[]> {
    const dirty = (await this.redis.spop(this.dirtyKey, 1000)).map(Number);
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
      const lock = `${this.env.REDIS_PREFIX}:dashboard:lock:${roundId}`;
      const keepDirty = () => (dirty.includes(roundId) ? this.markDirty([roundId]) : undefined);
      if ((await this.redis.pttl(lock)) > 0) {
        await keepDirty();
        continue;
      }
      const snapshot = await this.dashboards.snapshot(roundId);
      // Taken right before the emit (not before the query), so emits, not queries, are spaced.
      const got = await this.redis.set(
        lock,
        '1',
        'PX',
        this.env.DASHBOARD_INTERVAL_MS + DELIVERY_JITTER_MS,
        'NX',
      );
      if (!got) {
        await keepDirty();
        continue;
      }
      this.emitter.to(dashboardRoom(roundId)).emit(SOCKET_EVENTS.dashboardUpdate, snapshot);
      published.push(roundId);
    }
    return published;
  }
}
