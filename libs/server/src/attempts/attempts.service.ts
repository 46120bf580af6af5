import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';

import type { AttemptResult, AttemptView, MyAttemptsResponse } from '@contest/contracts';
import { attemptDeadline, paperDrawer, PaperDrawError, shownCorrectIndex } from '@contest/domain';

import { RateLimitService } from '../accounts/rate-limit.service';
import type { SessionUser } from '../accounts/current-user';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import type { JsonText } from '../http/json-text';
import { Batcher } from '../common/batcher';
import { isRowError, Sql } from '../database/sql';
import { ReviewClock, type ReviewState } from '../rounds/review-clock';
import { takePartRefusal } from '../access/access-policy';
import {
  allowanceOf,
  fromSnapshot,
  scoresVisible,
  type Allowance,
  type RoundSnapshot,
} from '../rounds/round-snapshot';
import { RoundSnapshotCache } from '../rounds/round-snapshot.cache';
import { UnitChanges } from '../units/unit-changes';
import { attemptErrors } from './attempt-errors';
import { AttemptPaperCache } from './attempt-paper-cache';
import {
  ATTEMPT_COLUMNS,
  attemptViewJson,
  questionIndex,
  shownPaper,
  type AttemptRow,
} from './attempt-paper';
import type { StoredPaperItem } from './attempt.entity';

/** One account's start, as `startBatch` reads it. */
interface StartInput {
  round_id: number;
  user_id: number;
  unit_id: number | null;
  seed: string;
  paper: StoredPaperItem[];
  // ISO strings rather than Dates: JSON.stringify leaves its fast path for objects with toJSON.
  now: string;
  deadline: string;
  allowed: number;
}

interface StartOutcome {
  made: boolean | null;
  used: number;
  attempt: AttemptRow | null;
}

/** An attempt as `startBatch` has just written it. */
const newAttempt = (id: number, input: StartInput): AttemptRow => ({
  id,
  roundId: input.round_id,
  userId: input.user_id,
  status: 'in_progress',
  paper: input.paper,
  startedAt: new Date(input.now),
  deadline: new Date(input.deadline),
  submittedAt: null,
  submittedBy: null,
  prediction: null,
  score: null,
  timeTakenMs: null,
});

/** The round's pool, prepared for drawing once per snapshot rather than once per start. */
const drawerOf = fromSnapshot((snapshot) =>
  paperDrawer(
    snapshot.questions
      .filter((q) => !q.retired)
      .map((q) => ({ id: q.id, topic: q.topic, optionCount: q.options.length })),
    snapshot,
  ),
);

const startKey = (input: StartInput) => `${input.round_id}:${input.user_id}`;

@Injectable()
export class AttemptsService {
  /** Starts arriving together share one statement; two starts of one account never share one. */
  private readonly starts = new Batcher<StartInput, StartOutcome>({
    run: (inputs) => this.startBatch(inputs),
    maxSize: 200,
    maxInFlight: 2,
    keyOf: startKey,
    isInputError: isRowError,
  });

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
  async start(user: SessionUser, roundId: number, ip: string): Promise<JsonText<AttemptView>> {
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
    const allowance = allowanceOf(snapshot, user.id);
    if (now >= allowance.closesAt) throw attemptErrors.roundClosed();
    return this.startOrResume(user, snapshot, allowance, now);
  }

  /**
   * One statement resumes the attempt in progress or writes the next one (a start burst is mostly
   * writes, and each round trip to Postgres costs the api a context switch); starts that arrive
   * together share it (see `startBatch`). The paper is drawn before it is known whether it will be
   * used: drawing is cheap, and a resume is rare.
   */
  private async startOrResume(
    user: SessionUser,
    snapshot: RoundSnapshot,
    allowance: Allowance,
    now: Date,
  ): Promise<JsonText<AttemptView>> {
    // A UUID's 122 random bits, from the entropy node keeps ready (randomBytes per call costs more).
    const seed = randomUUID();
    const { made, used, attempt } = await this.starts.load({
      round_id: snapshot.id,
      user_id: user.id,
      unit_id: user.unitId,
      seed,
      paper: this.draw(snapshot, seed),
      now: now.toISOString(),
      deadline: attemptDeadline(now, allowance.timeLimitSeconds, allowance.closesAt).toISOString(),
      allowed: allowance.attemptsAllowed,
    });
    if (made === false) return this.view(attempt!, snapshot);
    if (made === null) {
      if (used >= allowance.attemptsAllowed) throw attemptErrors.noAttemptsLeft(allowance.attemptsAllowed);
      // A concurrent start of the same account won the insert and has committed: resume theirs. Each
      // retry follows a committed attempt, so the attempts allowed bound the retries.
      return this.startOrResume(user, snapshot, allowance, now);
    }
    this.papers.remember(attempt!);
    void this.unitChanges.markDirty([user.unitId], [snapshot.id]);
    // No job per attempt for its deadline: the worker's deadline sweep closes it (see sweep-attempts.job.ts).
    return this.view(attempt!, snapshot, new Map());
  }

  /**
   * Starts for many accounts in one statement: per account, the attempt in progress (made false),
   * else the next one written (made true), else nothing (made null: no attempt left, or a
   * concurrent start of the same account won the insert). The inputs go as one JSON document.
   */
  private async startBatch(inputs: StartInput[]): Promise<StartOutcome[]> {
    const rows = await this.sql.query<
      Partial<AttemptRow> & { key: string; used: number; madeId: number | null }
    >(
      'attempts-start-or-resume',
      // Each account's attempts are looked up through LATERAL subqueries that cannot be flattened
      // (an aggregate, a LIMIT), so Postgres probes the index per account: a join would let a plan
      // cached while the table was small scan all its attempts for every batch. A new attempt
      // comes back as its id alone: the rest of it is what this batch sent.
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS i(round_id int, user_id int, unit_id int, seed text,
                paper jsonb, now timestamptz, deadline timestamptz, allowed int)),
       used AS (
         SELECT i.round_id, i.user_id, c.n FROM input i CROSS JOIN LATERAL (
           SELECT count(*)::int AS n FROM attempts a WHERE a.round_id = i.round_id AND a.user_id = i.user_id) c),
       open AS (
         SELECT o.* FROM input i CROSS JOIN LATERAL (
           SELECT ${ATTEMPT_COLUMNS} FROM attempts a
            WHERE a.round_id = i.round_id AND a.user_id = i.user_id AND a.status = 'in_progress' AND a.deadline > i.now
            ORDER BY a.started_at DESC LIMIT 1) o),
       made AS (
         INSERT INTO attempts AS a (round_id, user_id, unit_id, attempt_no, seed, paper, status, started_at, deadline)
         SELECT i.round_id, i.user_id, i.unit_id, u.n + 1, i.seed, i.paper, 'in_progress', i.now, i.deadline
           FROM input i JOIN used u USING (round_id, user_id)
          WHERE u.n < i.allowed
            AND NOT EXISTS (SELECT 1 FROM open o WHERE o."roundId" = i.round_id AND o."userId" = i.user_id)
         ON CONFLICT (round_id, user_id, attempt_no) DO NOTHING
         RETURNING a.id, a.round_id, a.user_id)
       SELECT u.round_id || ':' || u.user_id AS key, u.n AS used, m.id AS "madeId", o.*
         FROM used u
         LEFT JOIN made m ON m.round_id = u.round_id AND m.user_id = u.user_id
         LEFT JOIN open o ON o."roundId" = u.round_id AND o."userId" = u.user_id`,
      [JSON.stringify(inputs)],
      this.sql.pool, // a batch belongs to no caller's transaction
    );
    const byKey = new Map(rows.map((row) => [row.key, row]));
    return inputs.map((input): StartOutcome => {
      const { key: _key, used, madeId, ...open } = byKey.get(startKey(input))!;
      if (madeId !== null) return { made: true, used, attempt: newAttempt(madeId, input) };
      if (open.id != null) return { made: false, used, attempt: open as AttemptRow };
      return { made: null, used, attempt: null };
    });
  }

  async get(user: SessionUser, attemptId: number): Promise<JsonText<AttemptView>> {
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
      return drawerOf(snapshot)(seed).map((p) => ({ q: p.questionId, o: p.optionOrder }));
    } catch (error) {
      if (error instanceof PaperDrawError) throw attemptErrors.roundMisconfigured(error.message);
      throw error;
    }
  }

  private async view(
    attempt: AttemptRow,
    snapshot: RoundSnapshot,
    known?: Map<number, number | null>,
  ): Promise<JsonText<AttemptView>> {
    const answers = known ?? (await this.savedAnswers(attempt.id, false));
    const view = {
      id: attempt.id,
      roundId: attempt.roundId,
      status: attempt.status,
      startedAt: attempt.startedAt.toISOString(),
      deadline: attempt.deadline.toISOString(),
      serverNow: new Date().toISOString(),
      answers: [...answers].map(([position, option]) => ({ position, option })),
      prediction: attempt.prediction,
      predictionPrompt: snapshot.predictionEnabled ? snapshot.predictionPrompt : null,
    };
    return attemptViewJson(view, attempt.paper, snapshot);
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
