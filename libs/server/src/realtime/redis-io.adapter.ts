import type { IncomingMessage } from 'node:http';

import { type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Server, ServerOptions } from 'socket.io';

import type { Env } from '../config/env';
import { isCrossSite } from '../http/request-guards';
import { createRedis, logErrors } from '../redis/redis.module';
import { socketChannel } from './socket-channel';

/** socket.io over Redis pub/sub, so any api copy can reach any browser. */
export class RedisIoAdapter extends IoAdapter {
  private readonly pub;
  private readonly sub;

  constructor(
    app: INestApplicationContext,
    private readonly env: Env,
  ) {
    super(app);
    this.pub = createRedis(env);
    this.sub = logErrors(this.pub.duplicate());
  }

  /**
   * Resolves once both connections are ready. The adapter subscribes as soon as the server is
   * made; a subscription sent while the connection is still in its hand-shake puts it in
   * subscriber mode before ioredis's ready check (INFO), which Redis then refuses ("Connection
   * in subscriber mode…"), and ioredis reconnects: live pushes sent meanwhile were lost.
   */
  async ready(timeoutMs = 10_000): Promise<void> {
    await Promise.all(
      [this.pub, this.sub].map(
        (client) =>
          client.status === 'ready' ||
          new Promise<void>((resolve, reject) => {
            const timer = setTimeout(
              () => reject(new Error('Redis did not become ready for socket.io')),
              timeoutMs,
            );
            client.once('ready', () => {
              clearTimeout(timer);
              resolve();
            });
          }),
      ),
    );
  }

  createIOServer(port: number, options?: ServerOptions): Server {
    // A page on another site may not open a socket with the visitor's cookie.
    const server: Server = super.createIOServer(port, {
      ...options,
      allowRequest: (request: IncomingMessage, callback: (error: string | null, ok: boolean) => void) =>
        callback(
          null,
          !isCrossSite(request.headers, this.env.ALLOWED_ORIGINS, this.env.TRUST_PROXY !== false),
        ),
    });
    server.adapter(createAdapter(this.pub, this.sub, { key: socketChannel(this.env) }));
    return server;
  }

  async dispose(): Promise<void> {
    // The redis adapter's close() sends (p)unsubscribe without awaiting them; quitting before
    // their replies rejects them as unhandled "Connection is closed". Commands on one connection
    // are answered in order, so once ours are answered, theirs are too.
    await Promise.allSettled([this.sub.punsubscribe(), this.sub.unsubscribe()]);
    await Promise.allSettled([this.pub.quit(), this.sub.quit()]);
  }
}
