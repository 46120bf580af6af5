/**
 * The participation roll-ups, kept by grading and rebuilt from the attempts by the same SQL, so
 * the two cannot drift apart: round_participants holds each person's counted attempt, and
 * unit_round_stats sums those rows per (round, unit).
 */
import { countedAttemptOrderSql } from '@contest/domain';

import { LOCKS } from '../database/advisory-locks';

/** Runs one statement; both the pg pool's client and TypeORM's EntityManager fit behind it. */
export type RunSql = (text: string, values: unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * Every change to a round's roll-ups happens under this lock (namespace, round id), held to the
 * end of the transaction. Each recount then reads what every earlier holder committed, so two
 * batches grading the same unit at once cannot each count without the other.
 */

/**
 * A person's counted attempt, by the domain's one rule (`countedAttemptOrderSql`). `attempts`
 * counts all of theirs, taken before DISTINCT ON keeps one row.
 */
const countedAttempts = (where: string) => `
  SELECT DISTINCT ON (a.round_id, a.user_id)
         a.round_id, a.user_id, a.unit_id, a.id AS attempt_id,
         count(*) OVER (PARTITION BY a.round_id, a.user_id) AS attempts,
         a.score, a.score = jsonb_array_length(a.paper) AS full_marks
    FROM attempts a JOIN rounds r ON r.id = a.round_id
   WHERE a.status = 'graded' AND a.unit_id IS NOT NULL AND ${where}
   ORDER BY a.round_id, a.user_id, ${countedAttemptOrderSql('a', 'r')}`;

const PARTICIPANT_COLUMNS = 'round_id, user_id, unit_id, attempt_id, attempts, score, full_marks';
const UNIT_STAT_COLUMNS = 'round_id, unit_id, participants, attempts, score_sum, full_marks';

const unitSums = (from: string, where: string) => `
  SELECT rp.round_id, rp.unit_id, count(*)::int AS participants, sum(rp.attempts)::int AS attempts,
         sum(rp.score)::bigint AS score_sum, (count(*) FILTER (WHERE rp.full_marks))::int AS full_marks
    FROM ${from} rp WHERE ${where} GROUP BY rp.round_id, rp.unit_id`;

async function lockRounds(run: RunSql, roundIds: number[]): Promise<void> {
  // One at a time in id order: two batches spanning the same rounds can never deadlock.
  for (const id of [...new Set(roundIds)].sort((a, b) => a - b))
    await run('SELECT pg_advisory_xact_lock($1, $2)', [LOCKS.rollups, id]);
}

/**
 * Brings the roll-ups up to date for these people after their attempts were graded. Must run in
 * the transaction that graded them: a crash then loses both or neither.
 */
export async function updateRollups(
  run: RunSql,
  graded: { roundId: number; userId: number }[],
): Promise<void> {
  if (graded.length === 0) return;
  await lockRounds(
    run,
    graded.map((g) => g.roundId),
  );
  const keys = [graded.map((g) => g.roundId), graded.map((g) => g.userId)];
  // The old rows' units are read in the same snapshot as the upsert: a person whose counted
  // attempt moved to another unit is recounted in both.
  const units = (await run(
    `WITH touched AS (SELECT DISTINCT round_id, user_id FROM unnest($1::int[], $2::int[]) AS t(round_id, user_id)),
          before AS (SELECT rp.round_id, rp.unit_id FROM round_participants rp JOIN touched USING (round_id, user_id)),
          written AS (
            INSERT INTO round_participants (${PARTICIPANT_COLUMNS})
            ${countedAttempts('(a.round_id, a.user_id) IN (SELECT round_id, user_id FROM touched)')}
            ON CONFLICT (round_id, user_id) DO UPDATE SET unit_id = excluded.unit_id, attempt_id = excluded.attempt_id,
               attempts = excluded.attempts, score = excluded.score, full_marks = excluded.full_marks
            RETURNING round_id, unit_id)
     SELECT DISTINCT round_id, unit_id FROM (SELECT * FROM before UNION ALL SELECT * FROM written) x`,
    keys,
  )) as { round_id: number; unit_id: number }[];
  if (units.length === 0) return;
  const unitKeys = [units.map((u) => u.round_id), units.map((u) => u.unit_id)];
  await run(
    `INSERT INTO unit_round_stats (${UNIT_STAT_COLUMNS})
     ${unitSums('round_participants', '(rp.round_id, rp.unit_id) IN (SELECT * FROM unnest($1::int[], $2::int[]))')}
     ON CONFLICT (round_id, unit_id) DO UPDATE SET participants = excluded.participants, attempts = excluded.attempts,
        score_sum = excluded.score_sum, full_marks = excluded.full_marks`,
    unitKeys,
  );
  await run(
    `DELETE FROM unit_round_stats s USING unnest($1::int[], $2::int[]) AS k(round_id, unit_id)
      WHERE s.round_id = k.round_id AND s.unit_id = k.unit_id
        AND NOT EXISTS (SELECT 1 FROM round_participants rp WHERE rp.round_id = k.round_id AND rp.unit_id = k.unit_id)`,
    unitKeys,
  );
}

export interface RebuildReport {
  participantRows: number;
  unitRows: number;
  /** Rows the rebuild added, removed or changed: 0 when the kept roll-ups were exact. */
  differences: number;
}

/**
 * Recomputes every roll-up from the attempts, in the caller's transaction, and says how far the
 * kept figures were from the recomputed ones.
 */
export async function rebuildRollups(run: RunSql): Promise<RebuildReport> {
  const rounds = (await run('SELECT id FROM rounds', [])) as { id: number }[];
  await lockRounds(
    run,
    rounds.map((r) => r.id),
  );
  await run(`CREATE TEMP TABLE rebuilt_participants ON COMMIT DROP AS ${countedAttempts('true')}`, []);
  await run(
    `CREATE TEMP TABLE rebuilt_unit_stats ON COMMIT DROP AS ${unitSums('rebuilt_participants', 'true')}`,
    [],
  );
  const [{ differences }] = (await run(
    `SELECT ((SELECT count(*) FROM (SELECT ${PARTICIPANT_COLUMNS} FROM round_participants
                                     EXCEPT SELECT ${PARTICIPANT_COLUMNS} FROM rebuilt_participants) x)
           + (SELECT count(*) FROM (SELECT ${PARTICIPANT_COLUMNS} FROM rebuilt_participants
                                     EXCEPT SELECT ${PARTICIPANT_COLUMNS} FROM round_participants) x)
           + (SELECT count(*) FROM (SELECT ${UNIT_STAT_COLUMNS} FROM unit_round_stats
                                     EXCEPT SELECT ${UNIT_STAT_COLUMNS} FROM rebuilt_unit_stats) x)
           + (SELECT count(*) FROM (SELECT ${UNIT_STAT_COLUMNS} FROM rebuilt_unit_stats
                                     EXCEPT SELECT ${UNIT_STAT_COLUMNS} FROM unit_round_stats) x)
           )::int AS differences`,
    [],
  )) as { differences: number }[];
  await run('DELETE FROM unit_round_stats', []);
  await run('DELETE FROM round_participants', []);
  await run(
    `INSERT INTO round_participants (${PARTICIPANT_COLUMNS}) SELECT ${PARTICIPANT_COLUMNS} FROM rebuilt_participants`,
    [],
  );
  await run(
    `INSERT INTO unit_round_stats (${UNIT_STAT_COLUMNS}) SELECT ${UNIT_STAT_COLUMNS} FROM rebuilt_unit_stats`,
    [],
  );
  const [{ participantRows, unitRows }] = (await run(
    `SELECT (SELECT count(*) FROM round_participants)::int AS "participantRows",
            (SELECT count(*) FROM unit_round_stats)::int AS "unitRows"`,
    [],
  )) as { participantRows: number; unitRows: number }[];
  return { participantRows, unitRows, differences };
}
