import type Redis from 'ioredis';

import { loadEnv } from '../config/env';
import { TEST_ENV } from '../test-support/test-env';
import { RedisIoAdapter } from './redis-io.adapter';

/**
 * socket.io's Redis subscriber never enters subscriber mode before ioredis's ready check: when it
 * did (a namespace subscribing while the connection was still in its hand-shake), Redis refused
 * the check, ioredis reconnected, and live pushes sent meanwhile were lost. Tried at 60 timings.
 */
describe('the socket.io Redis connections', () => {
  it('are ready before the adapter subscribes, so no namespace timing makes them reconnect', async () => {
    Object.assign(process.env, TEST_ENV);
    const env = loadEnv();
    const seen: string[] = [];
    for (let i = 0; i < 60; i++) {
      const adapter = new RedisIoAdapter(undefined as never, env);
      const sub = (adapter as unknown as { sub: Redis }).sub;
      sub.on('error', (e: Error) => seen.push(`error: ${e.message}`));
      sub.on('reconnecting', () => seen.push('reconnecting'));
      await adapter.ready();
      const server = adapter.createIOServer(0);
      // A second namespace subscribes a few milliseconds later, as a gateway's would.
      await new Promise((resolve) => setTimeout(resolve, i % 12));
      server.of('/second');
      await new Promise((resolve) => setTimeout(resolve, 60));
      server.close();
      await adapter.dispose();
    }
    expect(seen).toEqual([]);
  });
});
