import { Injectable, Logger } from '@nestjs/common';

import { gradePaper } from '@contest/domain';

import type { StoredPaperItem } from '../attempts/attempt.entity';
import { Sql } from '../database/sql';
import { updateRollups } from '../stats/rollups';
import { GradeEventsPublisher } from '../realtime/grade-events.publisher';
import { questionIndex } from '../attempts/attempt-paper';
import { ReviewClock } from '../rounds/review-clock';
import { scoresVisible, type RoundSnapshot } from '../rounds/round-snapshot';
import { RoundSnapshotCache } from '../rounds/round-snapshot.cache';
import { GradedBatches } from './graded-batches';

export interface GradedRow {
  id: number;
  userId: number;
  roundId: number;
  unitId: number | null;
  score: number;
  questionCount: number;
}

/**
 * Grades many submitted attempts with a fixed number of queries whatever their number: read them
 * and their in-time answers, then write every score in one UPDATE and bring the unit roll-ups up to
 * date in the same transaction. The UPDATE only touches attempts still
 * 'submitted', so grading the same attempt again (a retry, a crash, a re-queue) changes nothing:
 * exactly once in effect. Scores depend only on what Postgres holds, so any re-run agrees.
 */
@Injectable()
export class GradeAttemptsBatchService {
  private readonly logger = new Logger(GradeAttemptsBatchService.name);

  constructor(
    private readonly sql: Sql,
    private readonly snapshots: RoundSnapshotCache,
    private readonly reviewClock: ReviewClock,
    private readonly events: GradeEventsPublisher,
    private readonly batches: GradedBatches,
  ) {}

  async gradeAttemptsBatch(attemptIds: number[]): Promise<GradedRow[]> {
    if (attemptIds.length === 0) return [];
    const attempts = await this.sql.query<{
      id: number;
      roundId: number;
      paper: StoredPaperItem[];
      deadline: Date;
    }>(
      'grade-load-attempts',
      `SELECT id, round_id AS "roundId", paper, deadline FROM attempts WHERE id = ANY($1) AND status = 'submitted'`,
      [attemptIds],
    );
    if (attempts.length === 0) return [];
    // The deadlines come from the rows just read, and `attempt_id = ANY` lets Postgres use the
    // answers' primary key: joining back to attempts made it hash the whole table for every batch.
    const answerRows = await this.sql.query<{ attemptId: number; position: number; option: number | null }>(
      'grade-load-answers',
      `SELECT aa.attempt_id AS "attemptId", aa.position, aa.option
         FROM attempt_answers aa JOIN unnest($1::int[], $2::timestamptz[]) AS t(id, deadline) ON aa.attempt_id = t.id
        WHERE aa.attempt_id = ANY($1) AND aa.saved_at <= t.deadline`,
      [attempts.map((a) => a.id), attempts.map((a) => a.deadline)],
    );
    const answers = new Map<number, Map<number, number | null>>();
    for (const r of answerRows) {
      if (!answers.has(r.attemptId)) answers.set(r.attemptId, new Map());
      answers.get(r.attemptId)!.set(r.position, r.option);
    }
    const snapshots = new Map<number, RoundSnapshot>();
    const keys = new Map<number, Map<number, { correct: number }>>();
    for (const roundId of new Set(attempts.map((a) => a.roundId))) {
      snapshots.set(roundId, await this.snapshots.get(roundId));
      keys.set(roundId, questionIndex(snapshots.get(roundId)!));
    }
    const scores = attempts.map((a) => {
      const key = keys.get(a.roundId)!;
      const paper = a.paper.map((p) => ({ questionId: p.q, optionOrder: p.o }));
      return gradePaper(paper, answers.get(a.id) ?? new Map(), (id) => key.get(id)!.correct);
    });
    // The scores and the roll-ups they change commit together: a crash loses both or neither.
    const graded = await this.sql.transaction(async (tx) => {
      const rows = await this.sql.query<GradedRow>(
        'grade-write-scores',
        `UPDATE attempts a SET status = 'graded', score = v.score, graded_at = now()
           FROM unnest($1::int[], $2::smallint[]) AS v(id, score)
          WHERE a.id = v.id AND a.status = 'submitted'
          RETURNING a.id, a.user_id AS "userId", a.round_id AS "roundId", a.unit_id AS "unitId", a.score,
                    jsonb_array_length(a.paper) AS "questionCount"`,
        [attempts.map((a) => a.id), scores],
        tx,
      );
      await updateRollups((text, values) => tx.query(text, values).then((r) => r.rows), rows);
      return rows;
    });
    const states = await this.reviewClock.of([...snapshots.keys()]);
    for (const g of graded) {
      this.events.attemptGraded(g.userId, {
        attemptId: g.id,
        score: scoresVisible(snapshots.get(g.roundId)!, states.get(g.roundId)!) ? g.score : null,
        questionCount: g.questionCount,
      });
    }
    if (graded.length) {
      this.logger.debug(`graded ${graded.length} of ${attemptIds.length}`);
      await this.batches.publish({
        roundIds: [...new Set(attempts.map((a) => a.roundId))],
        contestIds: [...new Set(graded.map((g) => snapshots.get(g.roundId)!.contestId))],
        unitRounds: graded.map((g) => ({ unitId: g.unitId, roundId: g.roundId })),
      });
    }
    return graded;
  }
}
