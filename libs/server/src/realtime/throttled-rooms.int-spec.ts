import Redis from 'ioredis';

import { TEST_ENV } from '../test-support/test-env';
import { ThrottledRooms } from './throttled-rooms';

/** Two workers' ticks on the same rooms: each room sent at most once per interval, its last note never lost. */
describe('throttled rooms', () => {
  const redis = new Redis(TEST_ENV.REDIS_URL);
  const prefix = `${TEST_ENV.REDIS_PREFIX}:throttle${process.pid}`;
  afterAll(() => redis.quit());

  it('sends a busy room once per interval across workers, and always sends after its last change', async () => {
    const workers = [0, 1].map(() => new ThrottledRooms(redis, prefix, 'test', 300));
    const sent: { room: string; at: number }[] = [];
    const tick = async (rooms: ThrottledRooms) => {
      const notes = await rooms.take(100);
      const keep: string[] = [];
      for (const room of new Set(notes)) {
        if (await rooms.claim(room)) sent.push({ room, at: Date.now() });
        else keep.push(room);
      }
      await rooms.keep(keep);
    };
    const started = Date.now();
    let lastNoteAt = 0;
    // Room 7 changes every 20 ms for a second, room 8 once; both workers tick every 50 ms.
    while (Date.now() - started < 1000) {
      await workers[0].note(lastNoteAt === 0 ? [7, 8] : [7]);
      lastNoteAt = Date.now();
      await Promise.all(workers.map(tick));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const lastChange = Date.now();
    while (Date.now() - lastChange < 700) {
      await Promise.all(workers.map(tick));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const sevens = sent.filter((s) => s.room === '7').map((s) => s.at);
    const gaps = sevens.slice(1).map((at, i) => at - sevens[i]);
    // The lock lasts the interval: Redis keeps the spacing, whatever this process's timer jitter.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(250);
    expect(sevens.length).toBeGreaterThanOrEqual(3);
    // The last change was followed by a send.
    expect(sevens.at(-1)!).toBeGreaterThanOrEqual(lastNoteAt);
    expect(sent.filter((s) => s.room === '8')).toHaveLength(1);
    expect(await redis.scard(`${prefix}:test:dirty`)).toBe(0);
  });

  it('sends the notes of a burst of requests to Redis as one SADD', async () => {
    const rooms = new ThrottledRooms(redis, prefix, 'burst', 300);
    const sadd = jest.spyOn(redis, 'sadd');
    try {
      await Promise.all(Array.from({ length: 200 }, (_, i) => rooms.note([`${i % 50}:1`])));
      expect(sadd).toHaveBeenCalledTimes(1);
      expect((await rooms.take(100)).sort()).toEqual(Array.from({ length: 50 }, (_, i) => `${i}:1`).sort());
    } finally {
      sadd.mockRestore();
    }
  });
});
