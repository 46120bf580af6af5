import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Emitter } from '@socket.io/redis-emitter';
import type Redis from 'ioredis';

import { SOCKET_EVENTS, unitsBoardRoom } from '@contest/contracts';

import { SerialTimer } from '../common/serial-timer';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { REDIS } from '../redis/redis.module';
import { InjectEmitter } from '../realtime/socket-emitter';
import { UnitsBoardService } from './units-board.service';

/** A contest's public board is pushed at most this often, however fast attempts are graded. */
export const UNITS_BOARD_INTERVAL_MS = 2_000;

/**
 * Runs in the worker: grading notes its contests; each noted contest's board is rebuilt from the
 * roll-ups and pushed to its room, at most once per interval per contest across all workers (a
 * Redis lock), keeping the note while the lock is held so the last grade is always shown.
 */
@Injectable()
export class UnitsBoardPublisher implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(UnitsBoardPublisher.name);
  private readonly timer = new SerialTimer(
    () => this.publishOnce(),
    (error) => this.logger.warn(`units board publish failed: ${error.message}`),
  );

  constructor(
    @InjectEmitter() private readonly emitter: Emitter,
    private readonly boards: UnitsBoardService,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(ENV) private readonly env: Env,
  ) {}

  private get dirtyKey() {
    return `${this.env.REDIS_PREFIX}:units-board:dirty`;
  }

  async markDirty(contestIds: Iterable<number>): Promise<void> {
    const ids = [...new Set(contestIds)];
    if (ids.length) await this.redis.sadd(this.dirtyKey, ...ids).catch(() => undefined);
  }

  onModuleInit(): void {
    this.timer.start(UNITS_BOARD_INTERVAL_MS / 4);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.timer.stop();
  }

  async publishOnce(): Promise<number[]> {
    const dirty = (await this.redis.spop(this.dirtyKey, 100)).map(Number);
    const pushed: number[] = [];
    for (const contestId of dirty) {
      const lock = `${this.env.REDIS_PREFIX}:units-board:lock:${contestId}`;
      if (!(await this.redis.set(lock, '1', 'PX', UNITS_BOARD_INTERVAL_MS, 'NX'))) {
        await this.markDirty([contestId]);
        continue;
      }
      this.emitter
        .to(unitsBoardRoom(contestId))
        .emit(SOCKET_EVENTS.unitsBoardUpdate, await this.boards.board(contestId));
      pushed.push(contestId);
    }
    return pushed;
  }
}
