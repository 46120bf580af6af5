import { Injectable } from '@nestjs/common';

import type {
  AnswerChange,
  SaveAnswersRequest,
  SaveAnswersResponse,
  SubmitAttemptRequest,
  SubmitAttemptResponse,
} from '@contest/contracts';

import type { SessionUser } from '../accounts/current-user';
import { Sql } from '../database/sql';
import { QueuesService } from '../queues/queues.service';
import { RoundSnapshotCache } from '../rounds/round-snapshot.cache';
import { attemptErrors } from './attempt-errors';
import { AttemptPaperCache, type AttemptStatic } from './attempt-paper-cache';

// Writes answers for one attempt, last write wins per position by seq. Used by both statements
// below, inside a CTE whose `target` row says whether the attempt may still take answers.
const SAVE_ANSWERS = `
  INSERT INTO attempt_answers AS aa (attempt_id, position, option, seq, saved_at)
  SELECT t.id, c.position, c.option, c.seq, now()
    FROM target t, unnest($3::smallint[], $4::smallint[], $5::bigint[]) AS c(position, option, seq)
   WHERE t.writable
  ON CONFLICT (attempt_id, position) DO UPDATE
    SET option = EXCLUDED.option, seq = EXCLUDED.seq, saved_at = EXCLUDED.saved_at
    WHERE aa.seq < EXCLUDED.seq
  RETURNING aa.position`;

const NEWER_PREDICTION_OF = (a: string) =>
  `$6::int IS NOT NULL AND (${a}.prediction_seq IS NULL OR ${a}.prediction_seq < $7)`;

const SAVE_PREDICTION = `
  UPDATE attempts a SET prediction = $6, prediction_seq = $7
    FROM target t
   WHERE a.id = t.id AND t.writable AND ${NEWER_PREDICTION_OF('a')}
  RETURNING a.id`;

interface SubmitRow {
  closed: boolean;
  late: boolean;
  status: SubmitAttemptResponse['status'];
  submittedAt: Date | null;
}

/**
 * Autosave and submit, each one statement: the attempt is checked, its answers written and (for
 * submit) the attempt closed atomically, so nothing lands after a submit or past the deadline and
 * a submit is durable once its statement returns. An autosave share-locks the attempt, so a
 * submit waits for an autosave in flight and the grader then sees that answer.
 */
@Injectable()
export class AnswersService {
  constructor(
    private readonly sql: Sql,
    private readonly papers: AttemptPaperCache,
    private readonly snapshots: RoundSnapshotCache,
    private readonly queues: QueuesService,
  ) {}

  async save(user: SessionUser, attemptId: number, body: SaveAnswersRequest): Promise<SaveAnswersResponse> {
    const attempt = await this.owned(user, attemptId);
    if (attempt.deadline <= new Date()) throw attemptErrors.pastDeadline();
    const params = await this.writeParams(attempt, body);
    const [row] = await this.sql.query<{ status: string; writable: boolean; accepted: number[] | null }>(
      'attempt-save',
      `WITH target AS (
         SELECT id, status, status = 'in_progress' AND deadline > now() AS writable
           FROM attempts WHERE id = $1 AND user_id = $2 FOR SHARE
       ), saved AS (${SAVE_ANSWERS}), predicted AS (${SAVE_PREDICTION})
       SELECT t.status, t.writable, (SELECT array_agg(position ORDER BY position) FROM saved) AS accepted
         FROM target t`,
      [attempt.id, user.id, ...params],
    );
    if (!row) throw attemptErrors.notFound();
    if (!row.writable)
      throw row.status === 'in_progress' ? attemptErrors.pastDeadline() : attemptErrors.alreadySubmitted();
    return {
      accepted: row.accepted ?? [],
      serverNow: new Date().toISOString(),
      deadline: attempt.deadline.toISOString(),
    };
  }

  /**
   * Idempotent: a second submit changes nothing and says so. A submit after the deadline closes
   * the attempt as the system would, with the answers saved in time, and is refused with that
   * reason. Grading is queued after the commit, without holding up the answer.
   */
  async submit(
    user: SessionUser,
    attemptId: number,
    body: SubmitAttemptRequest,
  ): Promise<SubmitAttemptResponse> {
    const attempt = await this.owned(user, attemptId);
    const params = await this.writeParams(attempt, body);
    // No row lock first: the UPDATE's own condition on the status is re-checked after any
    // concurrent writer, so of two racing submits exactly one closes the attempt.
    let [row] = await this.sql.query<SubmitRow>(
      'attempt-submit',
      `WITH target AS (
         UPDATE attempts a SET status = 'submitted',
                prediction = CASE WHEN a.deadline > now() AND ${NEWER_PREDICTION_OF('a')} THEN $6 ELSE a.prediction END,
                prediction_seq = CASE WHEN a.deadline > now() AND ${NEWER_PREDICTION_OF('a')} THEN $7 ELSE a.prediction_seq END,
                submitted_at = LEAST(now(), a.deadline),
                submitted_by = CASE WHEN a.deadline <= now() THEN 'system' ELSE 'participant' END,
                time_taken_ms = (extract(epoch FROM (LEAST(now(), a.deadline) - a.started_at)) * 1000)::int
          WHERE a.id = $1 AND a.user_id = $2 AND a.status = 'in_progress'
          RETURNING a.id, a.submitted_at, a.deadline > now() AS writable
       ), saved AS (${SAVE_ANSWERS})
       SELECT true AS closed, NOT t.writable AS late, 'submitted' AS status, t.submitted_at AS "submittedAt"
         FROM target t
       UNION ALL
       SELECT false, false, a.status, a.submitted_at FROM attempts a
        WHERE a.id = $1 AND a.user_id = $2 AND NOT EXISTS (SELECT 1 FROM target)`,
      [attempt.id, user.id, ...params],
    );
    if (row && !row.submittedAt) {
      // A concurrent submit won between our snapshot and our update: read what it wrote.
      [row] = await this.sql.query<SubmitRow>(
        'attempt-submitted',
        `SELECT false AS closed, false AS late, status, submitted_at AS "submittedAt" FROM attempts WHERE id = $1`,
        [attempt.id],
      );
    }
    if (!row) throw attemptErrors.notFound();
    // The answer need not wait for Redis: the submit is durable already, and an enqueue lost to a
    // crash or an outage is re-queued by the sweeper.
    if (row.closed) void this.queues.tryEnqueue('grading', () => this.queues.enqueueGrading([attempt.id]));
    if (row.closed && row.late) throw attemptErrors.submittedBySystemAtDeadline();
    return {
      id: attempt.id,
      status: row.status,
      submittedAt: row.submittedAt!.toISOString(),
      firstSubmit: row.closed,
    };
  }

  private async owned(user: SessionUser, attemptId: number): Promise<AttemptStatic> {
    const attempt = await this.papers.get(user.id, attemptId);
    if (!attempt) throw attemptErrors.notFound();
    return attempt;
  }

  /** Parameters $3…$7 of the statements: the checked answers, then the prediction. */
  private async writeParams(attempt: AttemptStatic, body: SaveAnswersRequest): Promise<unknown[]> {
    const changes = latestPerPosition(attempt, body.answers);
    if (body.prediction && !(await this.snapshots.get(attempt.roundId)).predictionEnabled) {
      throw attemptErrors.predictionDisabled();
    }
    return [
      changes.map((c) => c.position),
      changes.map((c) => c.option),
      changes.map((c) => c.seq),
      body.prediction?.value ?? null,
      body.prediction?.seq ?? null,
    ];
  }
}

/** Checks each change against the attempt's paper and keeps the newest per position. */
function latestPerPosition(attempt: AttemptStatic, answers: AnswerChange[]): AnswerChange[] {
  const latest = new Map<number, AnswerChange>();
  for (const change of answers) {
    const item = attempt.paper[change.position];
    if (!item) throw attemptErrors.positionOutOfPaper(change.position, attempt.paper.length);
    if (change.option !== null && change.option >= item.o.length) {
      throw attemptErrors.optionOutOfRange(change.position, change.option, item.o.length);
    }
    const held = latest.get(change.position);
    if (!held || held.seq < change.seq) latest.set(change.position, change);
  }
  return [...latest.values()];
}
