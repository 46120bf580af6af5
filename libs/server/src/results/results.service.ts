import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';

import type {
  CountedAttempt,
  Finalisation,
  FinaliseRequest,
  PrizeCounts,
  PublicRankingQuery,
  PublicResults,
  PublishedRound,
  QuestionStat,
  RankingEntry,
  RankingPage,
  RankingQuery,
} from '@contest/contracts';
import {
  analyseQuestions,
  finaliseRound,
  foldForSearch,
  type GradedAttempt,
  type ScoredPaper,
} from '@contest/domain';

import { conflict, notFound } from '../http/api-error';
import { ReviewClock } from '../rounds/review-clock';
import { WEEKLY_ROUND } from '../rounds/weekly-round';
import { RANKED_USER } from './ranked-user';
import type { SessionUser } from '../accounts/current-user';
import type { StoredPaperItem } from '../attempts/attempt.entity';
import { AuditService } from '../audit/audit.service';
import { Sql, type Queryable } from '../database/sql';

interface RoundForFinalise {
  id: number;
  contestId: number;
  name: string;
  contestName: string;
  weekNumber: number;
  closesAt: Date;
  questionCount: number;
  countedAttempt: CountedAttempt;
  predictionEnabled: boolean;
  finalisedAt: Date | null;
  finaliseVersion: number;
  prizeCounts: PrizeCounts;
  onePrizePerPerson: boolean;
}

const RANKING_COLUMNS = `rr.rank, rr.user_id AS "userId", u.full_name AS "fullName", coalesce(un.name, '') AS "unitName",
  rr.attempt_id AS "attemptId", rr.score, r.question_count AS "questionCount", rr.prediction,
  rr.prediction_distance AS "predictionDistance", rr.time_taken_ms AS "timeTakenMs",
  rr.submitted_at AS "submittedAt", rr.prize`;
const RANKING_FROM = `round_results rr JOIN rounds r ON r.id = rr.round_id
  JOIN users u ON u.id = rr.user_id LEFT JOIN units un ON un.id = rr.unit_id`;
const WINNERS_LIMIT = 1000;

type RankingRow = Omit<RankingEntry, 'submittedAt'> & { submittedAt: Date };
const toEntry = (r: RankingRow): RankingEntry => ({ ...r, submittedAt: r.submittedAt.toISOString() });
const stripIds = ({ userId: _u, attemptId: _a, ...rest }: RankingEntry) => rest;

// Postgres folds names the way foldForSearch folds the query: each lower-case Vietnamese letter
// with a mark becomes its bare letter (translate() maps character by character).
const VIETNAMESE_LETTERS = 'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ';
const FOLDED_LETTERS = [...VIETNAMESE_LETTERS].map(foldForSearch).join('');

/**
 * Finalising a closed round: the prediction's true value, the final ranking, prizes and item
 * statistics, written in one transaction. Only Postgres is read, so finalising again without a
 * change gives the same result, and a re-finalise (after an override) is explicit and audited.
 */
@Injectable()
export class ResultsService {
  constructor(
    private readonly sql: Sql,
    private readonly audit: AuditService,
    private readonly reviewClock: ReviewClock,
  ) {}

  async finalise(user: SessionUser, roundId: number, request: FinaliseRequest): Promise<Finalisation> {
    await this.sql.transaction(async (tx) => {
      const round = await this.lockRound(tx, roundId);
      if (round.finalisedAt && !request.refinalise) return;
      await this.refuseUnlessSettled(tx, round);
      const before = round.finalisedAt ? await this.summary(roundId, tx) : null;
      const outcome = await this.compute(tx, round);
      await this.sql.query(
        'finalise-mark-round',
        `UPDATE rounds SET finalised_at = now(), finalised_by = $2, finalise_version = finalise_version + 1,
                true_value = $3, updated_at = now() WHERE id = $1`,
        [roundId, user.id, outcome.trueValue],
        tx,
      );
      const after = await this.summary(roundId, tx);
      await this.audit.record(tx, {
        actorId: user.id,
        action: before ? 'round.refinalise' : 'round.finalise',
        entityType: 'finalisation',
        entityId: roundId,
        reason: request.reason ?? null,
        before: before && auditView(before),
        after: auditView(after),
      });
    });
    return this.summary(roundId);
  }

  async publish(user: SessionUser, roundId: number): Promise<Finalisation> {
    await this.sql.transaction(async (tx) => {
      const round = await this.lockRound(tx, roundId);
      if (!round.finalisedAt) throw conflict('publish_needs_finalise');
      const [{ published }] = await this.sql.query<{ published: boolean }>(
        'round-publish',
        `WITH before AS (SELECT published_at FROM rounds WHERE id = $1)
         UPDATE rounds SET published_at = coalesce(published_at, now()) WHERE id = $1
         RETURNING (SELECT published_at IS NOT NULL FROM before) AS published`,
        [roundId],
        tx,
      );
      if (!published)
        await this.audit.record(tx, {
          actorId: user.id,
          action: 'round.publish',
          entityType: 'round',
          entityId: roundId,
          after: { roundId, version: round.finaliseVersion },
        });
    });
    return this.summary(roundId);
  }

  async summary(roundId: number, on?: Queryable): Promise<Finalisation> {
    const [row] = await this.sql.query<{
      roundName: string;
      contestName: string;
      version: number;
      trueValue: number | null;
      questionCount: number;
      finalisedAt: Date | null;
      finalisedBy: string | null;
      publishedAt: Date | null;
      participants: number;
      flagged: number;
    }>(
      'finalisation-summary',
      `SELECT r.name AS "roundName", c.name AS "contestName", r.finalise_version AS version, r.true_value AS "trueValue",
              r.question_count AS "questionCount", r.finalised_at AS "finalisedAt", u.full_name AS "finalisedBy",
              r.published_at AS "publishedAt",
              (SELECT count(*)::int FROM round_results WHERE round_id = r.id) AS participants,
              (SELECT count(*)::int FROM question_stats WHERE round_id = r.id AND flags <> '[]'::jsonb) AS flagged
         FROM rounds r JOIN contests c ON c.id = r.contest_id LEFT JOIN users u ON u.id = r.finalised_by
        WHERE r.id = $1`,
      [roundId],
      on,
    );
    if (!row) throw notFound('round_not_found');
    if (!row.finalisedAt) throw notFound('round_not_finalised');
    const winners = await this.winners(roundId, on);
    return {
      roundId,
      roundName: row.roundName,
      contestName: row.contestName,
      version: row.version,
      trueValue: row.trueValue ?? 0,
      participants: row.participants,
      questionCount: row.questionCount,
      finalisedAt: row.finalisedAt.toISOString(),
      finalisedBy: row.finalisedBy ?? '',
      publishedAt: row.publishedAt?.toISOString() ?? null,
      winners,
      flaggedQuestions: row.flagged,
    };
  }

  private async winners(roundId: number, on?: Queryable): Promise<RankingEntry[]> {
    const rows = await this.sql.query<RankingRow>(
      'finalisation-winners',
      `SELECT ${RANKING_COLUMNS} FROM ${RANKING_FROM} WHERE rr.round_id = $1 AND rr.prize IS NOT NULL
        ORDER BY rr.rank LIMIT ${WINNERS_LIMIT}`,
      [roundId],
      on,
    );
    return rows.map(toEntry);
  }

  /** The checks `summary` makes, without reading the summary: the round exists and is finalised. */
  private async requireFinalised(roundId: number): Promise<void> {
    const [row] = await this.sql.query<{ finalised: boolean }>(
      'round-is-finalised',
      'SELECT finalised_at IS NOT NULL AS finalised FROM rounds WHERE id = $1',
      [roundId],
    );
    if (!row) throw notFound('round_not_found');
    if (!row.finalised) throw notFound('round_not_finalised');
  }

  async ranking(roundId: number, query: RankingQuery): Promise<RankingPage> {
    await this.requireFinalised(roundId);
    const [items, total] = await Promise.all([
      this.sql.query<RankingRow>(
        'ranking-page',
        `SELECT ${RANKING_COLUMNS} FROM ${RANKING_FROM} WHERE rr.round_id = $1 ORDER BY rr.rank LIMIT $2 OFFSET $3`,
        [roundId, query.pageSize, (query.page - 1) * query.pageSize],
      ),
      this.sql.query<{ n: number }>(
        'ranking-count',
        'SELECT count(*)::int AS n FROM round_results WHERE round_id = $1',
        [roundId],
      ),
    ]);
    return { items: items.map(toEntry), total: total[0].n };
  }

  async questionStats(roundId: number): Promise<QuestionStat[]> {
    await this.requireFinalised(roundId);
    return this.sql.query<QuestionStat>(
      'question-stats',
      `SELECT s.question_id AS "questionId", q.text, q.topic, q.options, q.correct_option AS "correctOption",
              s.shown, s.facility, s.discrimination, s.option_counts AS "optionCounts", s.flags
         FROM question_stats s JOIN questions q ON q.id = s.question_id
        WHERE s.round_id = $1 ORDER BY (s.flags <> '[]'::jsonb) DESC, s.facility, s.question_id`,
      [roundId],
    );
  }

  /** Published rounds, newest first; or just the one asked for, if it is published. */
  async publishedRounds(roundId: number | null = null): Promise<PublishedRound[]> {
    const rows = await this.sql.query<
      Omit<PublishedRound, 'closesAt' | 'publishedAt'> & { closesAt: Date; publishedAt: Date }
    >(
      'published-rounds',
      `SELECT r.id AS "roundId", c.name AS "contestName", r.name AS "roundName", r.week_number AS "weekNumber",
              r.closes_at AS "closesAt", r.published_at AS "publishedAt", r.true_value AS "trueValue",
              r.question_count AS "questionCount",
              (SELECT count(*)::int FROM round_results WHERE round_id = r.id) AS participants
         FROM rounds r JOIN contests c ON c.id = r.contest_id
        WHERE r.published_at IS NOT NULL AND ($1::int IS NULL OR r.id = $1) ORDER BY r.closes_at DESC`,
      [roundId],
    );
    return rows.map((r) => ({
      ...r,
      closesAt: r.closesAt.toISOString(),
      publishedAt: r.publishedAt.toISOString(),
    }));
  }

  /**
   * A published round as anyone may see it: the winners always; the full ranking with names and
   * units only where the contest makes it public; and the signed-in participant's own line.
   */
  async publicResults(
    roundId: number,
    query: PublicRankingQuery,
    viewerId: number | null,
  ): Promise<PublicResults> {
    const [round] = await this.publishedRounds(roundId);
    if (!round) throw notFound('results_not_published');
    const [{ rankingPublic }] = await this.sql.query<{ rankingPublic: boolean }>(
      'round-ranking-public',
      `SELECT c.public_ranking_names AS "rankingPublic" FROM rounds r JOIN contests c ON c.id = r.contest_id
        WHERE r.id = $1`,
      [roundId],
    );
    const [winners, page, mine] = await Promise.all([
      this.winners(roundId),
      rankingPublic ? this.searchRanking(roundId, query) : { items: [], total: 0 },
      viewerId === null ? [] : this.rankingOf(roundId, viewerId),
    ]);
    return {
      round,
      winners: winners.map(stripIds),
      rankingPublic,
      ranking: page.items.map(stripIds),
      total: page.total,
      mine: mine[0] ? stripIds(mine[0]) : null,
    };
  }

  private async rankingOf(roundId: number, userId: number): Promise<RankingEntry[]> {
    const rows = await this.sql.query<RankingRow>(
      'ranking-of-user',
      `SELECT ${RANKING_COLUMNS} FROM ${RANKING_FROM} WHERE rr.round_id = $1 AND rr.user_id = $2`,
      [roundId, userId],
    );
    return rows.map(toEntry);
  }

  /** A page of the ranking, or of the people whose name matches `q`, ignoring tone marks. */
  private async searchRanking(roundId: number, query: PublicRankingQuery): Promise<RankingPage> {
    const words = foldForSearch(query.q).split(' ').filter(Boolean).slice(0, 6);
    if (words.length === 0) return this.ranking(roundId, query);
    const match = words.map((_, i) => `translate(lower(u.full_name), $2, $3) LIKE $${i + 4}`).join(' AND ');
    const params = [roundId, VIETNAMESE_LETTERS, FOLDED_LETTERS, ...words.map((w) => `%${w}%`)];
    const [items, total] = await Promise.all([
      this.sql.query<RankingRow>(
        'ranking-search',
        `SELECT ${RANKING_COLUMNS} FROM ${RANKING_FROM} WHERE rr.round_id = $1 AND ${match}
          ORDER BY rr.rank LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
        params,
      ),
      this.sql.query<{ n: number }>(
        'ranking-search-count',
        `SELECT count(*)::int AS n FROM round_results rr JOIN users u ON u.id = rr.user_id
          WHERE rr.round_id = $1 AND ${match}`,
        params,
      ),
    ]);
    return { items: items.map(toEntry), total: total[0].n };
  }

  private async lockRound(tx: PoolClient, roundId: number): Promise<RoundForFinalise> {
    const [round] = await this.sql.query<RoundForFinalise>(
      'finalise-lock-round',
      `SELECT r.id, r.contest_id AS "contestId", r.name, c.name AS "contestName", r.week_number AS "weekNumber",
              r.closes_at AS "closesAt", r.question_count AS "questionCount", r.counted_attempt AS "countedAttempt",
              r.prediction_enabled AS "predictionEnabled", r.finalised_at AS "finalisedAt",
              r.finalise_version AS "finaliseVersion", c.prize_counts AS "prizeCounts",
              c.one_prize_per_person AS "onePrizePerPerson"
         FROM rounds r JOIN contests c ON c.id = r.contest_id WHERE r.id = $1 FOR UPDATE OF r`,
      [roundId],
      tx,
    );
    if (!round) throw notFound('round_not_found');
    return round;
  }

  /** Refuses while anyone may still answer or any attempt still waits for its grade, saying why. */
  private async refuseUnlessSettled(tx: PoolClient, round: RoundForFinalise): Promise<void> {
    if (new Date() < round.closesAt) throw conflict('finalise_round_open', { closesAt: round.closesAt });
    // The moment no attempt can still be written is the one reviews open at: one clock for both.
    const review = (await this.reviewClock.ofRound(round.id, tx))!;
    if (!review.open) throw conflict('finalise_extension_open', { until: review.opensAt });
    const [state] = await this.sql.query<{ open: number; waiting: number }>(
      'finalise-round-state',
      `SELECT count(*) FILTER (WHERE status = 'in_progress')::int AS open,
              count(*) FILTER (WHERE status = 'submitted')::int AS waiting
         FROM attempts WHERE round_id = $1`,
      [round.id],
      tx,
    );
    if (state.open + state.waiting > 0)
      throw conflict('finalise_ungraded', {
        total: state.open + state.waiting,
        open: state.open,
        waiting: state.waiting,
      });
  }

  private async compute(tx: PoolClient, round: RoundForFinalise) {
    const attempts = await this.sql.query<{
      attemptId: number;
      userId: number;
      unitId: number | null;
      score: number;
      timeTakenMs: number;
      submittedAt: Date;
      prediction: number | null;
      paper: StoredPaperItem[];
    }>(
      'finalise-load-attempts',
      `SELECT a.id AS "attemptId", a.user_id AS "userId", ru.unit_id AS "unitId", a.score,
              a.time_taken_ms AS "timeTakenMs", a.submitted_at AS "submittedAt",
              CASE WHEN $2 THEN a.prediction END AS prediction, a.paper
         FROM attempts a JOIN users ru ON ru.id = a.user_id JOIN rounds r ON r.id = a.round_id
         JOIN contests c ON c.id = r.contest_id
        WHERE a.round_id = $1 AND a.status = 'graded' AND ${RANKED_USER}`,
      [round.id, round.predictionEnabled],
      tx,
    );
    const awarded = round.onePrizePerPerson
      ? await this.sql.query<{ userId: number }>(
          'finalise-earlier-winners',
          `SELECT DISTINCT rr.user_id AS "userId" FROM round_results rr JOIN rounds r ON r.id = rr.round_id
            WHERE r.contest_id = $1 AND r.week_number < $2 AND ${WEEKLY_ROUND} AND rr.prize IS NOT NULL`,
          [round.contestId, round.weekNumber],
          tx,
        )
      : [];
    const outcome = finaliseRound(
      attempts satisfies GradedAttempt[],
      round.countedAttempt,
      round.questionCount,
      round.prizeCounts,
      new Set(awarded.map((a) => a.userId)),
    );
    const byAttempt = new Map(attempts.map((a) => [a.attemptId, a]));
    const ranked = outcome.ranking.map((r) => ({ ...r, unitId: byAttempt.get(r.attemptId)!.unitId }));

    await this.sql.query(
      'finalise-clear-results',
      'DELETE FROM round_results WHERE round_id = $1',
      [round.id],
      tx,
    );
    await this.sql.query(
      'finalise-insert-results',
      `INSERT INTO round_results (round_id, rank, user_id, unit_id, attempt_id, score, prediction, prediction_distance,
                                  time_taken_ms, submitted_at, prize)
       SELECT $1, * FROM unnest($2::int[], $3::int[], $4::int[], $5::int[], $6::smallint[], $7::int[], $8::int[],
                                $9::int[], $10::timestamptz[], $11::varchar[])`,
      [
        round.id,
        ranked.map((r) => r.rank),
        ranked.map((r) => r.userId),
        ranked.map((r) => r.unitId),
        ranked.map((r) => r.attemptId),
        ranked.map((r) => r.score),
        ranked.map((r) => r.prediction),
        ranked.map((r) => r.predictionDistance),
        ranked.map((r) => r.timeTakenMs),
        ranked.map((r) => r.submittedAt),
        ranked.map((r) => r.prize),
      ],
      tx,
    );
    await this.writeQuestionStats(
      tx,
      round,
      ranked.map((r) => byAttempt.get(r.attemptId)!),
    );
    return outcome;
  }

  /** Item analysis over the counted attempts, with the same in-time answers grading used. */
  private async writeQuestionStats(
    tx: PoolClient,
    round: RoundForFinalise,
    counted: { attemptId: number; score: number; paper: StoredPaperItem[] }[],
  ): Promise<void> {
    const answers = await this.sql.query<{ attemptId: number; position: number; option: number | null }>(
      'finalise-load-answers',
      `SELECT aa.attempt_id AS "attemptId", aa.position, aa.option
         FROM attempt_answers aa JOIN attempts a ON a.id = aa.attempt_id
        WHERE a.round_id = $1 AND a.status = 'graded' AND aa.saved_at <= a.deadline`,
      [round.id],
      tx,
    );
    const chosen = new Map<number, Map<number, number | null>>();
    for (const a of answers) {
      if (!chosen.has(a.attemptId)) chosen.set(a.attemptId, new Map());
      chosen.get(a.attemptId)!.set(a.position, a.option);
    }
    const papers: ScoredPaper[] = counted.map((a) => ({
      attemptId: a.attemptId,
      score: a.score,
      responses: a.paper.map((item, position) => {
        const shown = chosen.get(a.attemptId)?.get(position);
        return { questionId: item.q, chosen: shown === null || shown === undefined ? null : item.o[shown] };
      }),
    }));
    const ids = [...new Set(counted.flatMap((a) => a.paper.map((p) => p.q)))];
    const questions = await this.sql.query<{ id: number; optionCount: number; correctOption: number }>(
      'finalise-load-questions',
      `SELECT id, jsonb_array_length(options) AS "optionCount", correct_option AS "correctOption"
         FROM questions WHERE id = ANY($1)`,
      [ids],
      tx,
    );
    const stats = analyseQuestions(questions, papers);
    await this.sql.query(
      'finalise-clear-stats',
      'DELETE FROM question_stats WHERE round_id = $1',
      [round.id],
      tx,
    );
    await this.sql.query(
      'finalise-insert-stats',
      `INSERT INTO question_stats (round_id, question_id, shown, facility, discrimination, option_counts, flags)
       SELECT $1, * FROM unnest($2::int[], $3::int[], $4::float8[], $5::float8[], $6::jsonb[], $7::jsonb[])`,
      [
        round.id,
        stats.map((s) => s.questionId),
        stats.map((s) => s.shown),
        stats.map((s) => s.facility),
        stats.map((s) => s.discrimination),
        stats.map((s) => JSON.stringify(s.optionCounts)),
        stats.map((s) => JSON.stringify(s.flags)),
      ],
      tx,
    );
  }
}

/** What the audit log keeps of a finalisation: the figures and the winners, not the whole ranking. */
function auditView(f: Finalisation) {
  return {
    version: f.version,
    trueValue: f.trueValue,
    participants: f.participants,
    winners: f.winners.map((w) => ({ rank: w.rank, userId: w.userId, score: w.score, prize: w.prize })),
  };
}
