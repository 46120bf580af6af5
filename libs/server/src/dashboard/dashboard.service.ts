import { Injectable } from '@nestjs/common';

import type { DashboardSnapshot } from '@contest/contracts';
import { countedAttemptOrderSql } from '@contest/domain';

import { RANKED_USER } from '../results/ranked-user';
import { notFound } from '../http/api-error';
import { PromiseCache } from '../common/promise-cache';
import { Sql } from '../database/sql';
import { JOBS } from '../queues/catalogue';
import { QueuesService } from '../queues/queues.service';

const TOP = 10;
const SLOW_PARTS_MS = 5_000;

/** A round's live figures, read from Postgres (and the grading queue's depth from Redis). */
@Injectable()
export class DashboardService {
  private readonly slow = new PromiseCache<number, Pick<DashboardSnapshot, 'perMinute' | 'topUnits'>>(
    SLOW_PARTS_MS,
  );

  constructor(
    private readonly sql: Sql,
    private readonly queues: QueuesService,
  ) {}

  async snapshot(roundId: number): Promise<DashboardSnapshot> {
    const [counts, leaderboard, queue, { perMinute, topUnits }] = await Promise.all([
      this.sql.query<{ exists: boolean; participants: number } & DashboardSnapshot['attempts']>(
        'dashboard-counts',
        `SELECT EXISTS (SELECT 1 FROM rounds WHERE id = $1) AS exists,
                count(DISTINCT user_id)::int AS participants, count(*)::int AS started,
                count(*) FILTER (WHERE status = 'in_progress')::int AS "inProgress",
                count(*) FILTER (WHERE status = 'submitted')::int AS submitted,
                count(*) FILTER (WHERE status = 'graded')::int AS graded
           FROM attempts WHERE round_id = $1`,
        [roundId],
      ),
      this.sql.query<DashboardSnapshot['leaderboard'][number]>(
        'dashboard-leaderboard',
        `SELECT (row_number() OVER (ORDER BY b.score DESC, b.time_taken_ms, b.submitted_at))::int AS rank,
                u.full_name AS "fullName", coalesce(un.name, '') AS "unitName", b.score, b.time_taken_ms AS "timeTakenMs"
           FROM (SELECT DISTINCT ON (a.user_id) a.user_id, a.score, a.time_taken_ms, a.submitted_at
                   FROM attempts a JOIN users ru ON ru.id = a.user_id
                   JOIN rounds r ON r.id = a.round_id JOIN contests c ON c.id = r.contest_id
                  WHERE a.round_id = $1 AND a.status = 'graded' AND ${RANKED_USER}
                  ORDER BY a.user_id, ${countedAttemptOrderSql('a', 'r')}) b
           JOIN users u ON u.id = b.user_id LEFT JOIN units un ON un.id = u.unit_id
          ORDER BY b.score DESC, b.time_taken_ms, b.submitted_at LIMIT ${TOP}`,
        [roundId],
      ),
      this.queues.queue(JOBS.gradeAttempt.queue).getJobCounts('waiting', 'active', 'delayed'),
      this.slow.get(roundId, () => this.loadSlowParts(roundId)),
    ]);
    const c = counts[0];
    if (!c.exists) throw notFound('round_not_found');
    return {
      roundId,
      at: new Date().toISOString(),
      participants: c.participants,
      attempts: { started: c.started, inProgress: c.inProgress, submitted: c.submitted, graded: c.graded },
      perMinute,
      queue: { waiting: queue.waiting ?? 0, active: queue.active ?? 0, delayed: queue.delayed ?? 0 },
      leaderboard,
      topUnits,
    };
  }

  /**
   * Starts per minute (read from the last half hour's attempts) and the most active units (from
   * the roll-ups) move slowly, so each process reuses them for a few seconds; counts and the
   * leaderboard are read fresh for every snapshot.
   */
  private loadSlowParts(roundId: number): Promise<Pick<DashboardSnapshot, 'perMinute' | 'topUnits'>> {
    return Promise.all([
      this.sql.query<{ minute: Date; count: number }>(
        'dashboard-per-minute',
        `SELECT m.minute, coalesce(x.count, 0)::int AS count
             FROM generate_series(date_trunc('minute', now()) - interval '29 minutes', date_trunc('minute', now()),
                                  interval '1 minute') AS m(minute)
             LEFT JOIN (SELECT date_trunc('minute', started_at) AS minute, count(*) AS count FROM attempts
                         WHERE round_id = $1 AND started_at >= date_trunc('minute', now()) - interval '29 minutes'
                         GROUP BY 1) x ON x.minute = m.minute
            ORDER BY m.minute`,
        [roundId],
      ),
      this.sql.query<DashboardSnapshot['topUnits'][number]>(
        'dashboard-top-units',
        `SELECT un.id AS "unitId", un.name, s.participants, coalesce(h.headcount, 0) AS headcount
             FROM unit_round_stats s JOIN units un ON un.id = s.unit_id JOIN rounds r ON r.id = s.round_id
             LEFT JOIN unit_headcounts h ON h.contest_id = r.contest_id AND h.unit_id = s.unit_id
            WHERE s.round_id = $1
            ORDER BY s.participants DESC, un.name LIMIT ${TOP}`,
        [roundId],
      ),
    ]).then(([perMinute, topUnits]) => ({
      perMinute: perMinute.map((m) => ({ minute: m.minute.toISOString(), count: m.count })),
      topUnits,
    }));
  }
}
