import type { ChildProcess } from 'node:child_process';

import { Queue } from 'bullmq';
import Redis from 'ioredis';
import type { DataSource } from 'typeorm';

import { JOBS, rebuildRollups } from '@contest/server';
import { createRound, pollUntil, seedAttempts, spawnWorker, TEST_ENV, testDb } from '@contest/server/testing';

/**
 * The roll-ups grading keeps are the figures a rebuild from the attempts gives, whatever
 * happened on the way: attempts graded in a random order by concurrent batches, a worker killed
 * mid-way, the sweeper re-queueing attempts that were already queued (so batches retry them).
 */
describe('participation roll-ups', () => {
  let db: DataSource;
  let redis: Redis;
  let queue: Queue;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    db = await testDb();
    redis = new Redis(TEST_ENV.REDIS_URL);
    queue = new Queue(JOBS.gradeAttempt.queue, { connection: redis, prefix: TEST_ENV.REDIS_PREFIX });
  });
  afterAll(async () => {
    await Promise.all(workers.splice(0).map(stopWorker));
    await queue.close();
    redis.disconnect();
    await db.destroy();
  });

  const start = (env: Record<string, string> = {}) => {
    const child = spawnWorker(env);
    workers.push(child);
    return child;
  };
  const gradedCount = async (ids: number[]) =>
    (
      await db.query(`SELECT count(*)::int AS n FROM attempts WHERE id = ANY($1) AND status = 'graded'`, [
        ids,
      ])
    )[0].n as number;

  it('incremental equals rebuilt after a randomised run with retries and a worker kill', async () => {
    const units: { id: number }[] = await db.query(
      `SELECT id FROM units WHERE successor_id IS NULL ORDER BY random() LIMIT 17`,
    );
    const roundId = await createRound(db, { questionCount: 5, attemptsAllowed: 3 });
    const expected = await seedAttempts(db, roundId, 4000, 'submitted', {
      unitIds: units.map((u) => u.id),
      retakeEvery: 3,
    });
    const ids = [...expected.keys()].sort(() => Math.random() - 0.5);
    const enqueue = (batch: number[]) =>
      queue.addBulk(
        batch.map((attemptId) => ({
          name: JOBS.gradeAttempt.name,
          data: { attemptId },
          opts: {
            jobId: JOBS.gradeAttempt.jobId({ attemptId }),
            attempts: 8,
            backoff: { type: 'exponential', delay: 100 },
          },
        })),
      );
    await enqueue(ids);

    const first = start({ GRADING_BATCH_SIZE: '37', GRADING_CONCURRENCY: '200' });
    await pollUntil(async () => (await gradedCount(ids)) > 400, 'the first batches', 60_000);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    expect(await gradedCount(ids)).toBeLessThan(ids.length);

    // Two workers at once, one of them sweeping: attempts already queued are queued again, so
    // the same attempt reaches concurrent batches and the same units are recounted side by side.
    start({ GRADING_BATCH_SIZE: '23', SWEEP_REGRADE_AFTER_MS: '0', SWEEP_INTERVAL_MS: '200' });
    start({ GRADING_BATCH_SIZE: '51' });
    await pollUntil(async () => (await gradedCount(ids)) === ids.length, 'every attempt graded', 120_000);
    await pollUntil(async () => (await queue.getJobCounts('waiting', 'active')).active === 0, 'idle workers');

    const kept = await figures(db, roundId);
    const report = await db.transaction((tx) => rebuildRollups((text, values) => tx.query(text, values)));
    expect(report.differences).toBe(0);
    expect(await figures(db, roundId)).toEqual(kept);

    // And the figures are the true ones, worked out here from the scores each attempt must get.
    const attempts: { id: number; userId: number; unitId: number }[] = await db.query(
      `SELECT id, user_id AS "userId", unit_id AS "unitId" FROM attempts WHERE round_id = $1`,
      [roundId],
    );
    const best = new Map<number, { unitId: number; score: number; attempts: number }>();
    for (const a of attempts) {
      const held = best.get(a.userId);
      const score = expected.get(a.id)!;
      best.set(a.userId, {
        unitId: a.unitId,
        score: Math.max(score, held?.score ?? -1),
        attempts: (held?.attempts ?? 0) + 1,
      });
    }
    const truth = new Map<
      number,
      { participants: number; attempts: number; scoreSum: number; fullMarks: number }
    >();
    for (const p of best.values()) {
      const t = truth.get(p.unitId) ?? { participants: 0, attempts: 0, scoreSum: 0, fullMarks: 0 };
      t.participants += 1;
      t.attempts += p.attempts;
      t.scoreSum += p.score;
      t.fullMarks += p.score === 5 ? 1 : 0;
      truth.set(p.unitId, t);
    }
    expect(kept).toEqual(
      [...truth.entries()].sort(([a], [b]) => a - b).map(([unitId, t]) => ({ unitId, ...t })),
    );
    expect(kept.reduce((n, u) => n + u.attempts, 0)).toBe(ids.length);
  }, 240_000);
});

async function figures(db: DataSource, roundId: number) {
  const rows: {
    unitId: number;
    participants: number;
    attempts: number;
    scoreSum: string;
    fullMarks: number;
  }[] = await db.query(
    `SELECT unit_id AS "unitId", participants, attempts, score_sum AS "scoreSum", full_marks AS "fullMarks"
         FROM unit_round_stats WHERE round_id = $1 ORDER BY unit_id`,
    [roundId],
  );
  return rows.map((r) => ({ ...r, scoreSum: Number(r.scoreSum) }));
}

async function stopWorker(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
