import Redis from 'ioredis';

import { createSocketEmitter } from './socket-emitter';

describe('the socket emitter', () => {
  it('loses an event, not the process, when Redis is away', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    // Nothing listens on port 1: every publish fails, as while Redis restarts.
    const redis = new Redis('redis://127.0.0.1:1', {
      maxRetriesPerRequest: 1,
      retryStrategy: () => 50,
      lazyConnect: true,
    });
    redis.on('error', () => undefined);
    const published = jest.spyOn(redis, 'publish');
    try {
      createSocketEmitter(redis, { REDIS_PREFIX: 'test' })
        .to('user:1')
        .emit('attempt:graded', { attemptId: 1 });
      expect(published).toHaveBeenCalledTimes(1);
      // Past the one retry Redis is given, the publish has failed: nothing may be left unhandled.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      redis.disconnect();
    }
  });
});
