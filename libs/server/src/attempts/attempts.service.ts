import { randomBytes } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';

import type { AttemptResult, AttemptView, MyAttemptsResponse } from '@contest/contracts';
import { attemptDeadline, drawPaper, PaperDrawError, shownCorrectIndex } from '@contest/domain';

import { RateLimitService } from '../accounts/rate-limit.service';
import type { SessionUser } from '../accounts/current-user';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { Sql } from '../database/sql';
import { ReviewClock, type ReviewState } from '../rounds/review-clock';
import { takePartRefusal } from '../access/access-policy';
import { allowanceOf, scoresVisible, type RoundSnapshot } from '../rounds/round-snapshot';
import { RoundSnapshotCache } from '../rounds/round-snapshot.cache';
import { UnitChanges } from '../units/unit-changes';
import { attemptErrors } from './attempt-errors';
import { AttemptPaperCache } from './attempt-paper-cache';
import { ATTEMPT_COLUMNS, questionIndex, shownPaper, type AttemptRow } from './attempt-paper';
import type { StoredPaperItem } from './attempt.entity';

@Injectable()
export class AttemptsService {
  constructor(
    private readonly sql: Sql,
    private readonly papers: AttemptPaperCache,
    private readonly snapshots: RoundSnapshotCache,
    private readonly rateLimits: RateLimitService,
    private readonly reviewClock: ReviewClock,
    private readonly unitChanges: UnitChanges,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /**
   * Starts an attempt, or resumes the one still in progress (so a double tap or a reload never
   * spends a second attempt). The paper is drawn here, from the cached pool, with a recorded seed.
   */
  async start(user: SessionUser, roundId: number, ip: string): Promise<AttemptView> {
    const window = this.env.RATE_START_WINDOW_SECONDS;
    await this.rateLimits.consume([
      { key: `start:account:${user.id}`, max: this.env.RATE_START_PER_ACCOUNT, windowSeconds: window },
      { key: `start:ip:${ip}`, max: this.env.RATE_START_PER_IP, windowSeconds: window },
    ]);
    const snapshot = await this.snapshots.get(roundId);
    const refusal = takePartRefusal(user.role, snapshot);
    if (refusal === 'staff') throw attemptErrors.staffMayNotTakePart();
    if (refusal === 'unit_admin') throw attemptErrors.unitAdminsMayNotTakePart();
    const now = new Date();
    if (now < new Date(snapshot.opensAt)) throw attemptErrors.roundNotOpenYet(snapshot.opensAt);
    if (now >= allowanceOf(snapshot, user.id).closesAt) throw attemptErrors.roundClosed();
    return this.startOrResume(user, snapshot, now);
  }

  /**
   * One statement resumes the attempt in progress or writes the next one (a start burst is mostly
   * writes, and each round trip to Postgres costs the api a context switch). The paper is drawn
   * before it is known whether it will be used: drawing is cheap, and a resume is rare.
   */
  private async startOrResume(user: SessionUser, snapshot: RoundSnapshot, now: Date): Promise<AttemptView> {
    const allowance = allowanceOf(snapshot, user.id);
    const seed = randomBytes(12).toString('hex');
    const paper = this.draw(snapshot, seed);
    const deadline = attemptDeadline(now, allowance.timeLimitSeconds, allowance.closesAt);
    const [row] = await this.sql.query<Partial<AttemptRow> & { made: boolean | null; used: number }>(
      'attempt-start-or-resume',
      `WITH mine AS (SELECT ${ATTEMPT_COLUMNS} FROM attempts a WHERE a.round_id = $1 AND a.user_id = $2),
       open AS (SELECT * FROM mine WHERE status = 'in_progress' AND deadline > $6
                 ORDER BY "startedAt" DESC LIMIT 1),
       made AS (
         INSERT INTO attempts AS a (round_id, user_id, unit_id, attempt_no, seed, paper, status, started_at, deadline)
         SELECT $1, $2, $3, count(*) + 1, $4, $5, 'in_progress', $6, $7 FROM mine
         HAVING count(*) < $8 AND NOT EXISTS (SELECT 1 FROM open)
         ON CONFLICT (round_id, user_id, attempt_no) DO NOTHING
         RETURNING ${ATTEMPT_COLUMNS})
       SELECT t.*, (SELECT count(*)::int FROM mine) AS used
         FROM (SELECT 1) AS one
         LEFT JOIN (SELECT *, true AS made FROM made UNION ALL SELECT *, false AS made FROM open) AS t ON true`,
      [
        snapshot.id,
        user.id,
        user.unitId,
        seed,
        JSON.stringify(paper),
        now,
        deadline,
        allowance.attemptsAllowed,
      ],
    );
    const { made, used, ...attempt } = row;
    if (made === false) return this.view(attempt as AttemptRow, snapshot);
    if (made === null) {
      if (used >= allowance.attemptsAllowed) throw attemptErrors.noAttemptsLeft(allowance.attemptsAllowed);
      // A concurrent start of the same account won the insert and has committed: resume theirs. Each
      // retry follows a committed attempt, so the attempts allowed bound the retries.
      return this.startOrResume(user, snapshot, now);
    }
    this.papers.remember(attempt as AttemptRow);
    void this.unitChanges.markDirty([user.unitId], [snapshot.id]);
    // No job per attempt for its deadline: the worker's deadline sweep closes it (see sweep-attempts.job.ts).
    return this.view(attempt as AttemptRow, snapshot, new Map());
  }

  async get(user: SessionUser, attemptId: number): Promise<AttemptView> {
    const attempt = await this.find(user, attemptId);
    return this.view(attempt, await this.snapshots.get(attempt.roundId));
  }

  async find(user: SessionUser, attemptId: number): Promise<AttemptRow> {
    // Another participant's attempt answers exactly like a missing one.
    const rows = await this.sql.query<AttemptRow>(
      'attempt-of-user',
      `SELECT ${ATTEMPT_COLUMNS} FROM attempts a WHERE a.id = $1 AND a.user_id = $2`,
      [attemptId, user.id],
    );
    if (!rows[0]) throw attemptErrors.notFound();
    return rows[0];
  }

  async result(user: SessionUser, attemptId: number): Promise<AttemptResult> {
    const attempt = await this.find(user, attemptId);
    const [snapshot, state] = await Promise.all([
      this.snapshots.get(attempt.roundId),
      this.reviewClock.ofRound(attempt.roundId),
    ]);
    // Closed for reviews only when nobody, extensions included, can still write an attempt.
    let review: AttemptResult['review'] = null;
    if (state!.open && attempt.status !== 'in_progress') {
      const chosen = await this.savedAnswers(attempt.id, true);
      const byId = questionIndex(snapshot);
      const shown = shownPaper(attempt.paper, snapshot);
      review = attempt.paper.map((item, position) => ({
        ...shown[position],
        chosen: chosen.get(position) ?? null,
        correct: shownCorrectIndex({ questionId: item.q, optionOrder: item.o }, byId.get(item.q)!.correct),
      }));
    }
    return {
      id: attempt.id,
      roundId: attempt.roundId,
      roundName: snapshot.name,
      status: attempt.status,
      startedAt: attempt.startedAt.toISOString(),
      submittedAt: attempt.submittedAt?.toISOString() ?? null,
      submittedBy: attempt.submittedBy,
      ...shownScore(attempt, snapshot, state!),
      questionCount: attempt.paper.length,
      timeTakenMs: attempt.timeTakenMs,
      prediction: attempt.prediction,
      review,
      roundClosesAt: state!.opensAt.toISOString(),
    };
  }

  async history(user: SessionUser): Promise<MyAttemptsResponse> {
    const rows = await this.sql.query<
      Omit<
        MyAttemptsResponse['items'][number],
        'startedAt' | 'submittedAt' | 'roundClosesAt' | 'scoreHiddenUntil'
      > & {
        startedAt: Date;
        submittedAt: Date | null;
      }
    >(
      'attempts-history',
      `SELECT a.id, a.round_id AS "roundId", r.name AS "roundName", c.name AS "contestName",
              r.week_number AS "weekNumber", a.status, a.started_at AS "startedAt", a.submitted_at AS "submittedAt",
              a.submitted_by AS "submittedBy", CASE WHEN a.status = 'graded' THEN a.score END AS score,
              jsonb_array_length(a.paper) AS "questionCount", a.time_taken_ms AS "timeTakenMs", a.prediction
         FROM attempts a JOIN rounds r ON r.id = a.round_id JOIN contests c ON c.id = r.contest_id
        WHERE a.user_id = $1 ORDER BY a.started_at DESC LIMIT 200`,
      [user.id],
    );
    const roundIds = [...new Set(rows.map((r) => r.roundId))];
    const [snapshots, states] = await Promise.all([
      Promise.all(roundIds.map(async (id) => [id, await this.snapshots.get(id)] as const)).then(
        (entries) => new Map(entries),
      ),
      this.reviewClock.of(roundIds),
    ]);
    return {
      items: rows.map((r) => {
        const state = states.get(r.roundId)!;
        return {
          ...r,
          ...shownScore(r, snapshots.get(r.roundId)!, state),
          startedAt: r.startedAt.toISOString(),
          submittedAt: r.submittedAt?.toISOString() ?? null,
          roundClosesAt: state.opensAt.toISOString(),
        };
      }),
    };
  }

  /** Saved answers by position; `inTimeOnly` drops any that landed after the deadline. */
  async savedAnswers(attemptId: number, inTimeOnly: boolean): Promise<Map<number, number | null>> {
    const rows = await this.sql.query<{ position: number; option: number | null }>(
      'attempt-answers',
      `SELECT aa.position, aa.option FROM attempt_answers aa JOIN attempts a ON a.id = aa.attempt_id
        WHERE aa.attempt_id = $1 AND (NOT $2 OR aa.saved_at <= a.deadline)`,
      [attemptId, inTimeOnly],
    );
    return new Map(rows.map((r) => [r.position, r.option]));
  }

  private draw(snapshot: RoundSnapshot, seed: string): StoredPaperItem[] {
    try {
      const pool = snapshot.questions
        .filter((q) => !q.retired)
        .map((q) => ({ id: q.id, topic: q.topic, optionCount: q.options.length }));
      return drawPaper(pool, snapshot, seed).map((p) => ({ q: p.questionId, o: p.optionOrder }));
    } catch (error) {
      if (error instanceof PaperDrawError) throw attemptErrors.roundMisconfigured(error.message);
      throw error;
    }
  }

  private async view(
    attempt: AttemptRow,
    snapshot: RoundSnapshot,
    known?: Map<number, number | null>,
  ): Promise<AttemptView> {
    const answers = known ?? (await this.savedAnswers(attempt.id, false));
    return {
      id: attempt.id,
      roundId: attempt.roundId,
      status: attempt.status,
      startedAt: attempt.startedAt.toISOString(),
      deadline: attempt.deadline.toISOString(),
      serverNow: new Date().toISOString(),
      questions: shownPaper(attempt.paper, snapshot),
      answers: [...answers].map(([position, option]) => ({ position, option })),
      prediction: attempt.prediction,
      predictionPrompt: snapshot.predictionEnabled ? snapshot.predictionPrompt : null,
    };
  }
}

/** The score as the participant may see it now: hidden until the review opens where the round says so. */
function shownScore(
  attempt: { status: string; score: number | null },
  snapshot: RoundSnapshot,
  review: ReviewState,
): Pick<AttemptResult, 'score' | 'scoreHiddenUntil'> {
  if (attempt.status !== 'graded') return { score: null, scoreHiddenUntil: null };
  if (scoresVisible(snapshot, review)) return { score: attempt.score, scoreHiddenUntil: null };
  return { score: null, scoreHiddenUntil: review.opensAt.toISOString() };
}
