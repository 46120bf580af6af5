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

  /** Closes one attempt if it is open past its deadline; "early" when its deadline is still ahead. */
  async closeIfExpired(attemptId: number): Promise<'closed' | 'early' | 'nothing-to-do'> {
    const rows = await this.sql.query<{ closed: boolean; early: boolean }>(
      'attempt-close-one',
      `WITH closed AS (${CLOSE_AT_DEADLINE}
          WHERE a.id = $1 AND a.status = 'in_progress' AND a.deadline <= now() RETURNING a.id)
       SELECT EXISTS (SELECT 1 FROM closed) AS closed,
              EXISTS (SELECT 1 FROM attempts WHERE id = $1 AND status = 'in_progress' AND deadline > now()) AS early`,
      [attemptId],
    );
    if (rows[0].closed) {
      await this.queues.enqueueGrading([attemptId]);
      return 'closed';
    }
    return rows[0].early ? 'early' : 'nothing-to-do';
  }

  /** The sweeper's pass: every attempt open past its deadline, closed in one statement. */
  async closeAllExpired(limit = 5000): Promise<number[]> {
    const rows = await this.sql.query<{ id: number }>(
      'attempt-close-expired',
      `${CLOSE_AT_DEADLINE}
        WHERE a.id IN (SELECT id FROM attempts WHERE status = 'in_progress' AND deadline <= now()
                        ORDER BY deadline LIMIT $1 FOR UPDATE SKIP LOCKED)
          AND a.status = 'in_progress'
        RETURNING a.id`,
      [limit],
    );
    const ids = rows.map((r) => r.id);
    await this.queues.enqueueGrading(ids);
    return ids;
  }
}
