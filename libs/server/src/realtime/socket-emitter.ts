import { Global, Inject, Logger, Module } from '@nestjs/common';
import { Emitter } from '@socket.io/redis-emitter';
import type Redis from 'ioredis';

import { repeatQuieter } from '../common/repeat-quieter';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { REDIS } from '../redis/redis.module';
import { socketChannel } from './socket-channel';

/** The one socket.io emitter of a process: every publisher sends browsers' events through it. */
export const SOCKET_EMITTER = Symbol('SOCKET_EMITTER');

const logger = new Logger('SocketEmitter');

/**
 * The emitter publishes and forgets: its `publish` promise is nobody's, so with Redis away its
 * rejection went unhandled and ended the process (a worker died in a Redis restart). Here a
 * publish never rejects: the event is lost, said in the log (a few lines, not one per event), and
 * the screens catch up at their next update or when they rejoin.
 */
export function createSocketEmitter(redis: Redis, env: Pick<Env, 'REDIS_PREFIX'>): Emitter {
  const warn = repeatQuieter((message) => logger.warn(message));
  const publisher = {
    publish: (channel: string, message: string | Buffer) =>
      redis.publish(channel, message).catch((error: Error) => {
        warn(`live update not sent: ${error.message}`);
        return 0;
      }),
  };
  return new Emitter(publisher, { key: socketChannel(env) });
}

@Global()
@Module({
  providers: [
    {
      provide: SOCKET_EMITTER,
      inject: [REDIS, ENV],
      useFactory: (redis: Redis, env: Env) => createSocketEmitter(redis, env),
    },
  ],
  exports: [SOCKET_EMITTER],
})
export class SocketEmitterModule {}

/** Constructor parameter decorator for the process's emitter. */
export const InjectEmitter = () => Inject(SOCKET_EMITTER);
