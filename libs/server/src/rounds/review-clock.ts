import { Injectable } from '@nestjs/common';

import { Sql, type Queryable } from '../database/sql';

export interface ReviewState {
  /** The round's close, or the latest close an extension moved: from then no attempt can be written. */
  opensAt: Date;
  /** Whether that moment has passed, by Postgres' clock. */
  open: boolean;
  /** Seconds from now until it (negative once passed). */
  secondsUntil: number;
}

/**
 * When a round's answer key, and any score it hides, may be served. Read from Postgres on each
 * use, never from a cached snapshot: an extension granted a second ago must hold back the key on
 * every api copy at once, and one clock (Postgres') decides for all of them.
 */
@Injectable()
export class ReviewClock {
  constructor(private readonly sql: Sql) {}

  async of(roundIds: number[], on?: Queryable): Promise<Map<number, ReviewState>> {
    if (roundIds.length === 0) return new Map();
    const rows = await this.sql.query<ReviewState & { id: number }>(
      'review-clock',
      `SELECT r.id, t.at AS "opensAt", now() >= t.at AS open,
              extract(epoch FROM t.at - now())::float8 AS "secondsUntil"
         FROM rounds r
         LEFT JOIN (SELECT round_id, max(extra) AS extra
                      FROM (SELECT round_id, sum(extra_seconds) AS extra FROM attempt_overrides
                             WHERE round_id = ANY($1) GROUP BY round_id, user_id) per_user
                     GROUP BY round_id) o ON o.round_id = r.id
         CROSS JOIN LATERAL (SELECT r.closes_at + make_interval(secs => coalesce(o.extra, 0)) AS at) t
        WHERE r.id = ANY($1)`,
      [roundIds],
      on,
    );
    return new Map(rows.map(({ id, ...state }) => [id, state]));
  }

  async ofRound(roundId: number, on?: Queryable): Promise<ReviewState | undefined> {
    return (await this.of([roundId], on)).get(roundId);
  }
}
