import { Inject, Injectable } from '@nestjs/common';
import { Emitter } from '@socket.io/redis-emitter';
import type Redis from 'ioredis';

import { SOCKET_EVENTS, userRoom, type AttemptGradedEvent } from '@contest/contracts';

import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { REDIS } from '../redis/redis.module';
import { socketChannel } from './socket-channel';

/** Lets the worker push events to browsers through whichever api copy holds their socket. */
@Injectable()
export class GradeEventsPublisher {
  private readonly emitter: Emitter;

  constructor(@Inject(REDIS) redis: Redis, @Inject(ENV) env: Env) {
    this.emitter = new Emitter(redis, { key: socketChannel(env) });
  }

  attemptGraded(userId: number, event: AttemptGradedEvent): void {
    this.emitter.to(userRoom(userId)).emit(SOCKET_EVENTS.attemptGraded, event);
  }
}
