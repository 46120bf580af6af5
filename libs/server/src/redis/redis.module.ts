import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';

import { repeatQuieter } from '../common/repeat-quieter';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';

/** General-purpose connection: caches, rate limits, locks, socket.io emitter. */
export const REDIS = Symbol('REDIS');

const logger = new Logger('Redis');

// A plain command gets this long for its reply, so a stalled Redis (no reset, just silence)
// cannot hold a request open: it fails, and the request answers 503 redis_unavailable.
const COMMAND_TIMEOUT_MS = 5000;

export function createRedis(env: Pick<Env, 'REDIS_URL'>, options: { forQueue?: boolean } = {}): Redis {
  const client = new Redis(env.REDIS_URL, {
    // BullMQ's blocking connections must retry forever (and wait as long as a blocking read
    // says); plain commands fail fast instead.
    maxRetriesPerRequest: options.forQueue ? null : 3,
    ...(options.forQueue ? {} : { commandTimeout: COMMAND_TIMEOUT_MS }),
    enableOfflineQueue: true,
  });
  return logErrors(client);
}

/** ioredis reconnects by itself; its errors still go to the log (not stderr unformatted), a few at a time. */
export function logErrors(client: Redis): Redis {
  const warn = repeatQuieter((message) => logger.warn(message));
  client.on('error', (error: Error) => warn(`connection error: ${error.message}`));
  return client;
}

@Global()
@Module({
  providers: [{ provide: REDIS, inject: [ENV], useFactory: (env: Env) => createRedis(env) }],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
