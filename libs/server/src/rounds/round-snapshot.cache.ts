import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';

import { notFound } from '../http/api-error';
import { PromiseCache } from '../common/promise-cache';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { Sql } from '../database/sql';
import { REDIS } from '../redis/redis.module';
import type { RoundSnapshot, SnapshotQuestion } from './round-snapshot';

const REDIS_TTL_SECONDS = 600;
const QUESTION_COLUMNS = `id, topic, text, options, correct_option AS correct, retired_at IS NOT NULL AS retired`;
// Short enough that an edit (which deletes the Redis copy) reaches every process within seconds.
const LOCAL_TTL_MS = 5_000;

/**
 * A round and its question pool, so that a start burst of thousands does not query the bank
 * each time: process memory first, then Redis, then Postgres. Every copy is derived from
 * Postgres and can be dropped at any moment.
 */
@Injectable()
export class RoundSnapshotCache {
  private readonly local = new PromiseCache<number, RoundSnapshot>(LOCAL_TTL_MS);

  constructor(
    private readonly sql: Sql,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(ENV) private readonly env: Env,
  ) {}

  get(roundId: number): Promise<RoundSnapshot> {
    return this.local.get(roundId, () => this.fromRedisOrDb(roundId));
  }

  async invalidate(roundId: number): Promise<void> {
    this.local.delete(roundId);
    await this.redis.del(this.key(roundId));
  }

  private key(roundId: number) {
    // Versioned with the snapshot's shape, so a deploy never reads an older process's copy.
    return `${this.env.REDIS_PREFIX}:round:${roundId}:snapshot:v3`;
  }

  private async fromRedisOrDb(roundId: number): Promise<RoundSnapshot> {
    const cached = await this.redis.get(this.key(roundId)).catch(() => null);
    if (cached) return JSON.parse(cached) as RoundSnapshot;
    const snapshot = await this.load(roundId);
    await this.redis
      .set(this.key(roundId), JSON.stringify(snapshot), 'EX', REDIS_TTL_SECONDS)
      .catch(() => undefined);
    return snapshot;
  }

  private async load(roundId: number): Promise<RoundSnapshot> {
    const rows = await this.sql.query<
      Omit<RoundSnapshot, 'opensAt' | 'closesAt' | 'questions'> & { opensAt: Date; closesAt: Date }
    >(
      'round-snapshot',
      `SELECT r.id, r.contest_id AS "contestId", c.name AS "contestName", r.name, r.week_number AS "weekNumber",
              r.opens_at AS "opensAt", r.closes_at AS "closesAt", r.question_count AS "questionCount",
              r.time_limit_seconds AS "timeLimitSeconds", r.selection, r.shuffle_questions AS "shuffleQuestions",
              r.shuffle_options AS "shuffleOptions", r.attempts_allowed AS "attemptsAllowed",
              r.counted_attempt AS "countedAttempt", r.prediction_enabled AS "predictionEnabled",
              r.prediction_prompt AS "predictionPrompt", r.score_visibility AS "scoreVisibility",
              c.unit_admins_compete AS "unitAdminsCompete"
         FROM rounds r JOIN contests c ON c.id = r.contest_id WHERE r.id = $1`,
      [roundId],
    );
    const round = rows[0];
    if (!round) throw notFound('round_not_found');
    const selection = round.selection;
    // Retired questions stay gradable: attempts drawn before retirement still point at them.
    const questions =
      selection.mode === 'fixed'
        ? await this.sql.query<SnapshotQuestion>(
            'round-snapshot-fixed',
            `SELECT ${QUESTION_COLUMNS} FROM questions WHERE id = ANY($1) AND contest_id = $2`,
            [selection.questionIds, round.contestId],
          )
        : await this.sql.query<SnapshotQuestion>(
            'round-snapshot-quota',
            `SELECT ${QUESTION_COLUMNS} FROM questions
              WHERE contest_id = $1 AND topic = ANY($2) ORDER BY id`,
            [round.contestId, selection.quotas.map((q) => q.topic)],
          );
    const granted = await this.sql.query<{ userId: number; extraSeconds: number; extraAttempts: number }>(
      'round-snapshot-overrides',
      `SELECT user_id AS "userId", sum(extra_seconds)::int AS "extraSeconds", sum(extra_attempts)::int AS "extraAttempts"
         FROM attempt_overrides WHERE round_id = $1 GROUP BY user_id`,
      [roundId],
    );
    return {
      ...round,
      opensAt: round.opensAt.toISOString(),
      closesAt: round.closesAt.toISOString(),
      questions,
      overrides: Object.fromEntries(
        granted.map((g) => [g.userId, { extraSeconds: g.extraSeconds, extraAttempts: g.extraAttempts }]),
      ),
    };
  }
}
