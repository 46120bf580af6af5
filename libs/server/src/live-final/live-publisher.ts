import { Inject, Injectable } from '@nestjs/common';
import { Emitter } from '@socket.io/redis-emitter';
import type Redis from 'ioredis';

import { liveControlRoom, liveRoom, SOCKET_EVENTS, type LiveBoard } from '@contest/contracts';

import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { REDIS } from '../redis/redis.module';
import { socketChannel } from '../realtime/socket-channel';

/**
 * Pushes a live final's changes through Redis, so every api copy's sockets hear them: the hall
 * (projector, judges' phones) gets the whole board, the control screens a nudge to refetch.
 * Changes are an organizer's clicks and judges' sheets, a few a second at most: no throttle.
 */
@Injectable()
export class LivePublisher {
  private readonly emitter: Emitter;

  constructor(@Inject(REDIS) redis: Redis, @Inject(ENV) env: Env) {
    this.emitter = new Emitter(redis, { key: socketChannel(env) });
  }

  board(board: LiveBoard): void {
    this.emitter.to(liveRoom(board.stageId)).emit(SOCKET_EVENTS.liveBoard, board);
  }

  changed(stageId: number, version: number): void {
    this.emitter.to(liveControlRoom(stageId)).emit(SOCKET_EVENTS.liveChanged, { stageId, version });
  }
}
