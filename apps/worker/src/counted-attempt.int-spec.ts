import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';

import { countedAttempts, countedAttemptOrderSql, type GradedAttempt } from '@contest/domain';
import { DashboardService, GradeAttemptsBatchService } from '@contest/server';
import { createRound, seedAttempts, startWorkerInProcess, testDb } from '@contest/server/testing';

/**
 * "Which attempt counts" is one rule (`countedAttempts` in the domain, rendered to SQL by
 * `countedAttemptOrderSql`): the roll-ups and the live dashboard keep the same attempt the
 * domain picks, in rounds where the best counts and in rounds where the first counts.
 */
describe('the counted attempt, one rule everywhere', () => {
  let db: DataSource;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    db = await testDb();
    worker = await startWorkerInProcess();
  });
  afterAll(async () => {
    await worker.close();
    await db.destroy();
  });

  const arrange = async (rule: 'best' | 'first') => {
    const roundId = await createRound(db, { attemptsAllowed: 2 });
    await db.query('UPDATE rounds SET counted_attempt = $2 WHERE id = $1', [roundId, rule]);
    const [{ unitId }] = await db.query(`SELECT id AS "unitId" FROM units WHERE code = 'QA-S02'`);
    const expected = await seedAttempts(db, roundId, 30, 'submitted', { unitIds: [unitId], retakeEvery: 1 });
    await worker.get(GradeAttemptsBatchService).gradeAttemptsBatch([...expected.keys()]);
    const attempts: (GradedAttempt & { id: number })[] = (
      await db.query(
        `SELECT id, id AS "attemptId", user_id AS "userId", score, time_taken_ms AS "timeTakenMs",
                submitted_at AS "submittedAt", prediction FROM attempts WHERE round_id = $1 AND status = 'graded'`,
        [roundId],
      )
    ).map((a: GradedAttempt) => ({ ...a, timeTakenMs: Number(a.timeTakenMs) }));
    return { roundId, attempts, domain: countedAttempts(attempts, rule, null) };
  };

  for (const rule of ['best', 'first'] as const)
    it(`keeps the domain's attempt in the roll-ups, the SQL rule and the dashboard when the ${rule} counts`, async () => {
      const { roundId, attempts, domain } = await arrange(rule);
      expect(attempts.length).toBe(60);
      const picked = new Set(domain.map((a) => a.attemptId));
      // Every second attempt differs from the first one, so the two rules pick different rows.
      expect(
        domain.some(
          (a) => a.submittedAt > attempts.find((b) => b.userId === a.userId && b !== a)!.submittedAt,
        ),
      ).toBe(rule === 'best');

      const sqlRule = await db.query(
        `SELECT DISTINCT ON (a.user_id) a.id FROM attempts a JOIN rounds r ON r.id = a.round_id
          WHERE a.round_id = $1 AND a.status = 'graded' ORDER BY a.user_id, ${countedAttemptOrderSql('a', 'r')}`,
        [roundId],
      );
      expect(new Set(sqlRule.map((r: { id: number }) => r.id))).toEqual(picked);

      const kept = await db.query('SELECT attempt_id AS id FROM round_participants WHERE round_id = $1', [
        roundId,
      ]);
      expect(new Set(kept.map((r: { id: number }) => r.id))).toEqual(picked);

      const { leaderboard } = await worker.get(DashboardService).snapshot(roundId);
      const top = [...domain]
        .sort((a, b) => b.score - a.score || a.timeTakenMs - b.timeTakenMs)
        .slice(0, leaderboard.length);
      expect(leaderboard.map((l) => [l.score, l.timeTakenMs])).toEqual(
        top.map((a) => [a.score, a.timeTakenMs]),
      );
    });
});
