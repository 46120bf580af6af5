import type { ChildProcess } from 'node:child_process';

import { Queue } from 'bullmq';
import Redis from 'ioredis';
import type { DataSource } from 'typeorm';

import { JOBS } from '@contest/server';
import { createRound, pollUntil, seedAttempts, spawnWorker, TEST_ENV, testDb } from '@contest/server/testing';

/**
 * Nothing submitted is ever lost: a worker killed mid-batch, or a Redis wiped clean while
 * attempts wait, still ends with every attempt graded once, with the score Postgres implies.
 */
describe('grading survives crashes', () => {
  let db: DataSource;
  let redis: Redis;
  let queue: Queue;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    db = await testDb();
    redis = new Redis(TEST_ENV.REDIS_URL);
    queue = new Queue(JOBS.gradeAttempt.queue, { connection: redis, prefix: TEST_ENV.REDIS_PREFIX });
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map(stopWorker));
  });
  afterAll(async () => {
    await queue.close();
    redis.disconnect();
    await db.destroy();
  });

  const enqueue = (ids: number[]) =>
    queue.addBulk(
      ids.map((attemptId) => ({
        name: JOBS.gradeAttempt.name,
        data: { attemptId },
        opts: {
          jobId: JOBS.gradeAttempt.jobId({ attemptId }),
          attempts: 8,
          backoff: { type: 'exponential', delay: 200 },
        },
      })),
    );
  const graded = async (ids: number[]) =>
    (await db.query(
      `SELECT id, score, graded_at AS "gradedAt" FROM attempts WHERE id = ANY($1) AND status = 'graded'`,
      [ids],
    )) as {
      id: number;
      score: number;
      gradedAt: Date;
    }[];
  const start = (env: Record<string, string> = {}) => {
    const child = spawnWorker(env);
    workers.push(child);
    return child;
  };

  it('a worker killed mid-batch: the next worker finishes, each attempt graded once, same scores', async () => {
    const roundId = await createRound(db, { questionCount: 5 });
    const expected = await seedAttempts(db, roundId, 20_000);
    const ids = [...expected.keys()];
    await enqueue(ids);

    const first = start({ GRADING_BATCH_SIZE: '100', GRADING_CONCURRENCY: '300' });
    await pollUntil(async () => (await graded(ids)).length > 500, 'the first batches', 60_000);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    const before = await graded(ids);
    expect(before.length).toBeLessThan(ids.length); // killed mid-way, with work left

    start();
    const after = await pollUntil(
      async () => {
        const rows = await graded(ids);
        return rows.length === ids.length ? rows : null;
      },
      'every attempt graded after the restart',
      90_000,
    );

    for (const row of after) expect(row.score).toBe(expected.get(row.id));
    const gradedBefore = new Map(before.map((r) => [r.id, r.gradedAt.getTime()]));
    for (const row of after) {
      if (gradedBefore.has(row.id)) expect(row.gradedAt.getTime()).toBe(gradedBefore.get(row.id));
    }
  });

  it('Redis wiped (FLUSHALL) while attempts wait: the sweeper re-queues them from Postgres', async () => {
    const roundId = await createRound(db, { questionCount: 5 });
    const expected = await seedAttempts(db, roundId, 3000);
    const abandoned = await seedAttempts(db, roundId, 200, 'in_progress');
    const ids = [...expected.keys(), ...abandoned.keys()];
    await enqueue([...expected.keys()]);
    expect(await queue.count()).toBeGreaterThanOrEqual(3000);

    await redis.flushall();
    expect(await queue.count()).toBe(0);

    start({ SWEEP_REGRADE_AFTER_MS: '0' });
    const after = await pollUntil(
      async () => {
        const rows = await graded(ids);
        return rows.length === ids.length ? rows : null;
      },
      'every attempt graded after the wipe',
      90_000,
    );
    for (const row of after) expect(row.score).toBe(expected.get(row.id) ?? abandoned.get(row.id));
    const [{ system }] = await db.query(
      `SELECT count(*)::int AS system FROM attempts WHERE id = ANY($1) AND submitted_by = 'system'`,
      [[...abandoned.keys()]],
    );
    expect(system).toBe(abandoned.size);
  });
});

async function stopWorker(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
