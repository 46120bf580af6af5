import { Injectable } from '@nestjs/common';

import type { CurrentRoundResponse } from '@contest/contracts';

import { Sql } from '../database/sql';
import { roundSummary } from './round-snapshot';
import { RoundSnapshotCache } from './round-snapshot.cache';

@Injectable()
export class RoundsService {
  constructor(
    private readonly sql: Sql,
    private readonly snapshots: RoundSnapshotCache,
  ) {}

  /** The open round, else the next to open, else the last to close. */
  async currentRoundId(now: Date): Promise<number | null> {
    const rows = await this.sql.query<{ id: number }>(
      'round-current',
      `(SELECT id, 0 AS rank, opens_at AS at FROM rounds WHERE opens_at <= $1 AND closes_at > $1 ORDER BY opens_at DESC LIMIT 1)
       UNION ALL
       (SELECT id, 1, opens_at FROM rounds WHERE opens_at > $1 ORDER BY opens_at LIMIT 1)
       UNION ALL
       (SELECT id, 2, closes_at FROM rounds WHERE closes_at <= $1 ORDER BY closes_at DESC LIMIT 1)
       ORDER BY rank LIMIT 1`,
      [now],
    );
    return rows[0]?.id ?? null;
  }

  async current(userId: number): Promise<CurrentRoundResponse> {
    const now = new Date();
    const roundId = await this.currentRoundId(now);
    if (roundId === null)
      return { serverNow: now.toISOString(), round: null, myAttemptsUsed: 0, myOpenAttemptId: null };
    const [snapshot, mine] = await Promise.all([
      this.snapshots.get(roundId),
      this.sql.query<{ used: number; openId: number | null }>(
        'round-my-attempts',
        `SELECT count(*)::int AS used,
                max(id) FILTER (WHERE status = 'in_progress' AND deadline > now()) AS "openId"
           FROM attempts WHERE round_id = $1 AND user_id = $2`,
        [roundId, userId],
      ),
    ]);
    return {
      serverNow: now.toISOString(),
      round: roundSummary(snapshot, now, userId),
      myAttemptsUsed: mine[0].used,
      myOpenAttemptId: mine[0].openId ?? null,
    };
  }
}
