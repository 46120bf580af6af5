import { Injectable } from '@nestjs/common';

import type { Unit, UnitParticipation } from '@contest/contracts';
import { foldForSearch } from '@contest/domain';

import { forbidden, notFound } from '../http/api-error';
import type { SessionUser } from '../accounts/current-user';
import { Sql } from '../database/sql';
import { ReviewClock } from '../rounds/review-clock';
import { scoresVisible } from '../rounds/round-snapshot';
import { RoundSnapshotCache } from '../rounds/round-snapshot.cache';

interface UnitRow {
  id: number;
  code: string;
  name: string;
  level: Unit['level'];
  parentId: number | null;
  headcount: number;
  path: string;
}

const UNIT_COLUMNS = `u.id, u.code, u.name, u.level, u.parent_id AS "parentId", u.headcount, u.path`;

@Injectable()
export class UnitsService {
  constructor(
    private readonly sql: Sql,
    private readonly snapshots: RoundSnapshotCache,
    private readonly reviewClock: ReviewClock,
  ) {}

  /** Matches every word of the query, ignoring diacritics, anywhere in the name or the code. */
  async search(q: string, limit: number): Promise<Unit[]> {
    const words = foldForSearch(q).split(' ').filter(Boolean).slice(0, 8);
    const conditions = words.map((_, i) => `(u.name_folded LIKE $${i + 1} OR lower(u.code) LIKE $${i + 1})`);
    const params: unknown[] = words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    // Unnamed: its text varies with the number of words, so it is not worth preparing.
    const rows = await this.sql.query<UnitRow>(
      '',
      `SELECT ${UNIT_COLUMNS} FROM units u
        ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY length(u.path), u.name LIMIT $${params.length + 1}`,
      [...params, limit],
    );
    return this.withAncestry(rows);
  }

  async get(id: number): Promise<UnitRow> {
    const rows = await this.sql.query<UnitRow>(
      'unit-get',
      `SELECT ${UNIT_COLUMNS} FROM units u WHERE u.id = $1`,
      [id],
    );
    if (!rows[0]) throw notFound('unit_not_found');
    return rows[0];
  }

  /** A unit admin reaches only their own unit's subtree; organizers reach every unit. */
  assertCanSee(user: SessionUser, unit: UnitRow): void {
    if (user.role === 'organizer') return;
    if (user.role === 'unit_admin' && user.unitPath && unit.path.startsWith(user.unitPath)) return;
    throw forbidden('unit_out_of_scope');
  }

  async participation(user: SessionUser, unitId: number, roundId: number): Promise<UnitParticipation> {
    const unit = await this.get(unitId);
    this.assertCanSee(user, unit);
    // Throws the 404 for a missing round; scores may be hidden until the round closes for everyone.
    const snapshot = await this.snapshots.get(roundId);
    const showScores = scoresVisible(snapshot, (await this.reviewClock.ofRound(roundId))!);
    const [totals] = await this.sql.query<{ headcount: number }>(
      'unit-subtree-headcount',
      `SELECT coalesce(sum(headcount), 0)::int AS headcount FROM units WHERE path LIKE $1 || '%'`,
      [unit.path],
    );
    const members: {
      userId: number;
      fullName: string;
      unitId: number;
      unitName: string;
      attempts: number;
      bestScore: number | null;
    }[] = await this.sql.query(
      'unit-members',
      `SELECT us.id AS "userId", us.full_name AS "fullName", un.id AS "unitId", un.name AS "unitName",
              count(a.id)::int AS attempts, max(a.score)::int AS "bestScore"
         FROM users us
         JOIN units un ON un.id = us.unit_id AND un.path LIKE $1 || '%'
         LEFT JOIN attempts a ON a.user_id = us.id AND a.round_id = $2
        WHERE us.role = 'participant' OR (us.role = 'unit_admin' AND $3)
        GROUP BY us.id, un.id
        ORDER BY un.name, us.full_name`,
      [unit.path, roundId, snapshot.unitAdminsCompete],
    );
    if (!showScores) for (const m of members) m.bestScore = null;
    const participants = members.filter((m) => m.attempts > 0);
    const [view] = await this.withAncestry([unit]);
    return {
      unit: view,
      roundId,
      headcount: totals.headcount,
      registered: members.length,
      participants,
      absentees: members.filter((m) => m.attempts === 0),
      participationRate: totals.headcount > 0 ? participants.length / totals.headcount : 0,
    };
  }

  private async withAncestry(rows: UnitRow[]): Promise<Unit[]> {
    const ancestorIds = [...new Set(rows.flatMap((r) => pathIds(r.path).slice(0, -1)))];
    const names = new Map<number, string>();
    if (ancestorIds.length) {
      const found = await this.sql.query<{ id: number; name: string }>(
        'unit-names',
        'SELECT id, name FROM units WHERE id = ANY($1)',
        [ancestorIds],
      );
      for (const a of found) names.set(a.id, a.name);
    }
    return rows.map(({ path, ...r }) => ({
      ...r,
      ancestry: pathIds(path)
        .slice(0, -1)
        .map((id) => names.get(id) ?? ''),
    }));
  }
}

const pathIds = (path: string) => path.split('/').filter(Boolean).map(Number);
