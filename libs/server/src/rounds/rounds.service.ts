import { Injectable } from '@nestjs/common';

import type { CurrentRoundResponse } from '@contest/contracts';

import type { SessionUser } from '../accounts/current-user';
import { Sql } from '../database/sql';
import { takePartRefusal } from '../access/access-policy';
import { roundSummary } from './round-snapshot';
import { RoundSnapshotCache } from './round-snapshot.cache';

@Injectable()
export class RoundsService {
  constructor(
    private readonly sql: Sql,
    private readonly snapshots: RoundSnapshotCache,
  ) {}

  /**
   * Every round open to this participant (of any contest, soonest to close first; their own
   * extension counts), then the next round of each contest that has none open; when there is
   * neither, the last round to close.
   */
  async currentRoundIds(now: Date, userId: number): Promise<number[]> {
    const rows = await this.sql.query<{ id: number }>(
      'rounds-current',
      `WITH mine AS (SELECT r.id, r.contest_id,
                            r.closes_at + make_interval(secs => coalesce(
                              (SELECT sum(o.extra_seconds) FROM attempt_overrides o
                                WHERE o.round_id = r.id AND o.user_id = $2), 0)) AS closes_at
                       FROM rounds r WHERE r.opens_at <= $1),
            open AS (SELECT id, contest_id, closes_at FROM mine WHERE closes_at > $1),
            upcoming AS (
              SELECT DISTINCT ON (contest_id) id, opens_at FROM rounds
               WHERE opens_at > $1 AND contest_id NOT IN (SELECT contest_id FROM open)
               ORDER BY contest_id, opens_at),
            shown AS (SELECT id, 0 AS rank, closes_at AS at FROM open
                      UNION ALL SELECT id, 1, opens_at FROM upcoming)
       SELECT id FROM (SELECT id, rank, at FROM shown
                       UNION ALL
                       (SELECT id, 2, closes_at FROM rounds
                         WHERE closes_at <= $1 AND NOT EXISTS (SELECT 1 FROM shown)
                         ORDER BY closes_at DESC LIMIT 1)) current
        ORDER BY rank, at, id`,
      [now, userId],
    );
    return rows.map((r) => r.id);
  }

  async current(user: SessionUser): Promise<CurrentRoundResponse> {
    const now = new Date();
    const roundIds = await this.currentRoundIds(now, user.id);
    const [snapshots, mine] = await Promise.all([
      Promise.all(roundIds.map((id) => this.snapshots.get(id))),
      this.sql.query<{ roundId: number; used: number; openId: number | null }>(
        'rounds-my-attempts',
        `SELECT round_id AS "roundId", count(*)::int AS used,
                max(id) FILTER (WHERE status = 'in_progress' AND deadline > now()) AS "openId"
           FROM attempts WHERE round_id = ANY($1) AND user_id = $2 GROUP BY round_id`,
        [roundIds, user.id],
      ),
    ]);
    const byRound = new Map(mine.map((m) => [m.roundId, m]));
    return {
      serverNow: now.toISOString(),
      rounds: snapshots.map((snapshot) => ({
        round: roundSummary(snapshot, now, user.id),
        myAttemptsUsed: byRound.get(snapshot.id)?.used ?? 0,
        myOpenAttemptId: byRound.get(snapshot.id)?.openId ?? null,
        mayTakePart: takePartRefusal(user.role, snapshot) === null,
      })),
    };
  }
}
