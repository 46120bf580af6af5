import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';

import {
  DEFAULT_PREDICTION_PROMPT,
  contestWizardSchema,
  type Contest,
  type ContestUpdate,
  type Override,
  type OverrideRequest,
  type RoundAdmin,
  type RoundUpdate,
} from '@contest/contracts';
import { roundStatus } from '@contest/domain';
import type { z } from 'zod';

import { conflict, notFound } from '../http/api-error';
import type { SessionUser } from '../accounts/current-user';
import { AuditService } from '../audit/audit.service';
import { Sql, type Queryable } from '../database/sql';
import { ReviewClock } from '../rounds/review-clock';
import { RoundSnapshotCache } from '../rounds/round-snapshot.cache';

const WEEK_MS = 7 * 24 * 3600 * 1000;
/** Extra time is granted no later than this before the round (and every extension) closes. */
const OVERRIDE_MARGIN_SECONDS = 60;

const ROUND_COLUMNS = `r.id, r.contest_id AS "contestId", r.week_number AS "weekNumber", r.name,
  r.opens_at AS "opensAt", r.closes_at AS "closesAt", r.question_count AS "questionCount",
  r.time_limit_seconds AS "timeLimitSeconds", r.selection, r.shuffle_questions AS "shuffleQuestions",
  r.shuffle_options AS "shuffleOptions", r.attempts_allowed AS "attemptsAllowed",
  r.counted_attempt AS "countedAttempt", r.prediction_enabled AS "predictionEnabled",
  r.prediction_prompt AS "predictionPrompt", r.score_visibility AS "scoreVisibility", r.finalised_at AS "finalisedAt",
  r.finalise_version AS "finaliseVersion", r.published_at AS "publishedAt"`;

type RoundRow = Omit<RoundAdmin, 'opensAt' | 'closesAt' | 'finalisedAt' | 'publishedAt' | 'status'> & {
  opensAt: Date;
  closesAt: Date;
  finalisedAt: Date | null;
  publishedAt: Date | null;
};

export function toRoundAdmin(r: RoundRow, now = new Date()): RoundAdmin {
  return {
    ...r,
    opensAt: r.opensAt.toISOString(),
    closesAt: r.closesAt.toISOString(),
    finalisedAt: r.finalisedAt?.toISOString() ?? null,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    status: roundStatus(now, r.opensAt, r.closesAt),
  };
}

/** Contests, their weekly rounds and per-participant overrides, as organizers manage them. */
@Injectable()
export class ContestsService {
  constructor(
    private readonly sql: Sql,
    private readonly audit: AuditService,
    private readonly snapshots: RoundSnapshotCache,
    private readonly reviewClock: ReviewClock,
  ) {}

  async list(): Promise<Contest[]> {
    const ids = await this.sql.query<{ id: number }>(
      'contests-ids',
      'SELECT id FROM contests ORDER BY year DESC, id DESC',
    );
    return Promise.all(ids.map((c) => this.get(c.id)));
  }

  async get(contestId: number, on?: Queryable): Promise<Contest> {
    const [contest] = await this.sql.query<Omit<Contest, 'rounds'>>(
      'contest-by-id',
      `SELECT id, name, year, topics, prize_counts AS "prizeCounts", one_prize_per_person AS "onePrizePerPerson",
              unit_admins_compete AS "unitAdminsCompete", public_ranking_names AS "publicRankingNames"
         FROM contests WHERE id = $1`,
      [contestId],
      on,
    );
    if (!contest) throw notFound('contest_not_found');
    const rounds = await this.sql.query<RoundRow>(
      'contest-rounds',
      `SELECT ${ROUND_COLUMNS} FROM rounds r WHERE r.contest_id = $1 ORDER BY r.week_number`,
      [contestId],
      on,
    );
    const now = new Date();
    return { ...contest, rounds: rounds.map((r) => toRoundAdmin(r, now)) };
  }

  async round(roundId: number, on?: Queryable): Promise<RoundAdmin> {
    const [row] = await this.sql.query<RoundRow>(
      'round-admin',
      `SELECT ${ROUND_COLUMNS} FROM rounds r WHERE r.id = $1`,
      [roundId],
      on,
    );
    if (!row) throw notFound('round_not_found');
    return toRoundAdmin(row);
  }

  /** The wizard: the contest and its weekly rounds, one week apart, in one transaction. */
  async create(user: SessionUser, wizard: z.output<typeof contestWizardSchema>): Promise<Contest> {
    return this.sql.transaction(async (tx) => {
      const [{ id }] = await this.sql.query<{ id: number }>(
        'contest-insert',
        `INSERT INTO contests (name, year, topics, prize_counts, one_prize_per_person, unit_admins_compete,
                               public_ranking_names)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          wizard.name,
          wizard.year,
          JSON.stringify(wizard.topics),
          wizard.prizeCounts,
          wizard.onePrizePerPerson,
          wizard.unitAdminsCompete,
          wizard.publicRankingNames,
        ],
        tx,
      );
      const first = new Date(wizard.firstOpensAt).getTime();
      for (let week = 1; week <= wizard.weeks; week++) {
        const opensAt = new Date(first + (week - 1) * WEEK_MS);
        const closesAt = new Date(opensAt.getTime() + wizard.openHours * 3600 * 1000);
        await this.sql.query(
          'round-insert',
          `INSERT INTO rounds (contest_id, week_number, name, opens_at, closes_at, question_count, time_limit_seconds,
                               selection, shuffle_questions, shuffle_options, attempts_allowed, counted_attempt,
                               prediction_enabled, prediction_prompt, score_visibility)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
          [
            id,
            week,
            `Tuần ${week}`,
            opensAt,
            closesAt,
            wizard.questionsPerRound,
            wizard.timeLimitSeconds,
            JSON.stringify({ mode: 'quota', quotas: wizard.quotas }),
            wizard.shuffleQuestions,
            wizard.shuffleOptions,
            wizard.attemptsAllowed,
            wizard.countedAttempt,
            wizard.predictionEnabled,
            wizard.predictionEnabled ? (wizard.predictionPrompt ?? DEFAULT_PREDICTION_PROMPT) : null,
            wizard.scoreVisibility,
          ],
          tx,
        );
      }
      const contest = await this.get(id, tx);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'contest.create',
        entityType: 'contest',
        entityId: id,
        after: contest,
      });
      return contest;
    });
  }

  async update(user: SessionUser, contestId: number, change: ContestUpdate): Promise<Contest> {
    const updated = await this.sql.transaction(async (tx) => {
      const before = await this.lockContest(tx, contestId);
      await this.sql.query(
        'contest-update',
        `UPDATE contests SET name = $2, year = $3, topics = $4, prize_counts = $5, one_prize_per_person = $6,
                unit_admins_compete = $7, public_ranking_names = $8
          WHERE id = $1`,
        [
          contestId,
          change.name,
          change.year,
          JSON.stringify(change.topics),
          change.prizeCounts,
          change.onePrizePerPerson,
          change.unitAdminsCompete,
          change.publicRankingNames,
        ],
        tx,
      );
      const after = await this.get(contestId, tx);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'contest.update',
        entityType: 'contest',
        entityId: contestId,
        before: withoutRounds(before),
        after: withoutRounds(after),
      });
      return after;
    });
    // Who may take part is part of every round's cached snapshot; dropped once the change is committed.
    await Promise.all(updated.rounds.map((r) => this.snapshots.invalidate(r.id)));
    return updated;
  }

  /** A round can be edited until it opens; after that its papers are already being drawn. */
  async updateRound(user: SessionUser, roundId: number, change: RoundUpdate): Promise<RoundAdmin> {
    const updated = await this.sql.transaction(async (tx) => {
      const [locked] = await this.sql.query<{ opensAt: Date }>(
        'round-lock',
        'SELECT opens_at AS "opensAt" FROM rounds WHERE id = $1 FOR UPDATE',
        [roundId],
        tx,
      );
      if (!locked) throw notFound('round_not_found');
      const now = new Date();
      if (locked.opensAt <= now) throw conflict('round_already_open', { opensAt: locked.opensAt });
      if (new Date(change.opensAt) <= now) throw conflict('round_opens_in_past');
      const before = await this.round(roundId, tx);
      await this.sql.query(
        'round-update',
        `UPDATE rounds SET name = $2, opens_at = $3, closes_at = $4, question_count = $5, time_limit_seconds = $6,
                selection = $7, shuffle_questions = $8, shuffle_options = $9, attempts_allowed = $10,
                counted_attempt = $11, prediction_enabled = $12, prediction_prompt = $13, score_visibility = $14,
                updated_at = now()
          WHERE id = $1`,
        [
          roundId,
          change.name,
          change.opensAt,
          change.closesAt,
          change.questionCount,
          change.timeLimitSeconds,
          JSON.stringify(change.selection),
          change.shuffleQuestions,
          change.shuffleOptions,
          change.attemptsAllowed,
          change.countedAttempt,
          change.predictionEnabled,
          change.predictionEnabled ? (change.predictionPrompt ?? DEFAULT_PREDICTION_PROMPT) : null,
          change.scoreVisibility,
        ],
        tx,
      );
      const after = await this.round(roundId, tx);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'round.update',
        entityType: 'round',
        entityId: roundId,
        before,
        after,
      });
      return after;
    });
    await this.snapshots.invalidate(roundId);
    return updated;
  }

  async overrides(roundId: number): Promise<Override[]> {
    await this.round(roundId);
    const rows = await this.sql.query<Omit<Override, 'grantedAt'> & { grantedAt: Date }>(
      'overrides-of-round',
      `SELECT o.id, o.round_id AS "roundId", o.user_id AS "userId", u.full_name AS "userFullName",
              u.login AS "userLogin", o.extra_seconds AS "extraSeconds", o.extra_attempts AS "extraAttempts",
              o.reason, g.full_name AS "grantedBy", o.granted_at AS "grantedAt"
         FROM attempt_overrides o JOIN users u ON u.id = o.user_id JOIN users g ON g.id = o.granted_by
        WHERE o.round_id = $1 ORDER BY o.id DESC`,
      [roundId],
    );
    return rows.map((r) => ({ ...r, grantedAt: r.grantedAt.toISOString() }));
  }

  async grantOverride(user: SessionUser, roundId: number, request: OverrideRequest): Promise<Override> {
    // A round already finalised keeps its result until an organizer re-finalises it explicitly.
    await this.round(roundId);
    const [participant] = await this.sql.query<{ id: number }>(
      'override-user-by-login',
      'SELECT id FROM users WHERE login = $1',
      [request.login],
    );
    if (!participant) throw notFound('login_not_found', { login: request.login });
    const id = await this.sql.transaction(async (tx) => {
      // Once every window has closed the key is served to everyone: reopening one would let its
      // holder answer with the key in hand. The last minute is refused too, so that no review
      // served while this commits can race it; grants of one round are serialised by the lock.
      await this.sql.query(
        'override-lock-round',
        'SELECT id FROM rounds WHERE id = $1 FOR UPDATE',
        [roundId],
        tx,
      );
      const review = (await this.reviewClock.ofRound(roundId, tx))!;
      if (review.secondsUntil < OVERRIDE_MARGIN_SECONDS)
        throw conflict('override_after_close', { closedAt: review.opensAt });
      const [row] = await this.sql.query<{ id: number }>(
        'override-insert',
        `INSERT INTO attempt_overrides (round_id, user_id, extra_seconds, extra_attempts, reason, granted_by)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [roundId, participant.id, request.extraSeconds, request.extraAttempts, request.reason, user.id],
        tx,
      );
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'override.grant',
        entityType: 'override',
        entityId: row.id,
        reason: request.reason,
        after: { roundId, userId: participant.id, ...request },
      });
      return row.id;
    });
    await this.snapshots.invalidate(roundId);
    return (await this.overrides(roundId)).find((o) => o.id === id)!;
  }

  private async lockContest(tx: PoolClient, contestId: number): Promise<Contest> {
    await this.sql.query('contest-lock', 'SELECT id FROM contests WHERE id = $1 FOR UPDATE', [contestId], tx);
    return this.get(contestId, tx);
  }
}

function withoutRounds({ rounds: _rounds, ...rest }: Contest) {
  return rest;
}
