import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Emitter } from '@socket.io/redis-emitter';
import type Redis from 'ioredis';

import { SOCKET_EVENTS, unitsBoardRoom } from '@contest/contracts';

import { SerialTimer } from '../common/serial-timer';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { GradedBatches } from '../grading/graded-batches';
import { InjectEmitter } from '../realtime/socket-emitter';
import { ThrottledRooms } from '../realtime/throttled-rooms';
import { REDIS } from '../redis/redis.module';
import { UnitsBoardService } from './units-board.service';

/** A contest's public board is pushed at most this often, however fast attempts are graded. */
export const UNITS_BOARD_INTERVAL_MS = 2_000;

/**
 * Runs in the worker: each graded batch notes its contests; each noted contest's board is rebuilt
 * from the roll-ups and pushed to its room, at most once per interval per contest across all
 * workers (`ThrottledRooms`), so the last grade is always shown.
 */
@Injectable()
export class UnitsBoardPublisher implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(UnitsBoardPublisher.name);
  private readonly timer = new SerialTimer(
    () => this.publishOnce(),
    (error) => this.logger.warn(`units board publish failed: ${error.message}`),
  );

  readonly rooms: ThrottledRooms;

  constructor(
    @InjectEmitter() private readonly emitter: Emitter,
    private readonly boards: UnitsBoardService,
    batches: GradedBatches,
    @Inject(REDIS) redis: Redis,
    @Inject(ENV) env: Env,
  ) {
    this.rooms = new ThrottledRooms(redis, env.REDIS_PREFIX, 'units-board', UNITS_BOARD_INTERVAL_MS);
    batches.follow((batch) => this.rooms.note(batch.contestIds));
  }

  onModuleInit(): void {
    this.timer.start(UNITS_BOARD_INTERVAL_MS / 4);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.timer.stop();
  }

  async publishOnce(): Promise<number[]> {
    const dirty = await this.rooms.take(100);
    const pushed: number[] = [];
    for (const contestId of dirty.map(Number)) {
      if (!(await this.rooms.claim(contestId))) {
        await this.rooms.keep([String(contestId)]);
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
