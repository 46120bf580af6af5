import { Injectable } from '@nestjs/common';

import { Sql } from '../database/sql';
import { QueuesService } from '../queues/queues.service';

const CLOSE_AT_DEADLINE = `UPDATE attempts a SET status = 'submitted', submitted_at = a.deadline, submitted_by = 'system',
       time_taken_ms = (extract(epoch FROM (a.deadline - a.started_at)) * 1000)::int`;

/**
 * Submits, on the participant's behalf, attempts still open at their deadline, with what was
 * saved by then, and queues them for grading.
 */
@Injectable()
export class AttemptCloserService {
  constructor(
    private readonly sql: Sql,
    private readonly queues: QueuesService,
  ) {}

  /**
   * The deadline sweep's pass: every attempt open for `graceMs` past its deadline, closed in one
   * statement (the grace lets an autosave sent in time land first). Ticks in several workers may
   * overlap: the rows one of them holds are skipped by the others.
   */
  async closeAllExpired(graceMs: number, limit: number): Promise<number[]> {
    const rows = await this.sql.query<{ id: number }>(
      'attempt-close-expired',
      `${CLOSE_AT_DEADLINE}
        WHERE a.id IN (SELECT id FROM attempts
                        WHERE status = 'in_progress' AND deadline <= now() - $2 * interval '1 millisecond'
                        ORDER BY deadline LIMIT $1 FOR UPDATE SKIP LOCKED)
          AND a.status = 'in_progress'
        RETURNING a.id`,
      [limit, graceMs],
    );
    const ids = rows.map((r) => r.id);
    await this.queues.enqueueGrading(ids);
    return ids;
  }
}
