import { Injectable } from '@nestjs/common';

import type { Unit } from '@contest/contracts';
import { foldForSearch } from '@contest/domain';

import { AccessService } from '../access/access.service';
import type { SessionUser } from '../accounts/current-user';
import { notFound, unprocessable } from '../http/api-error';
import { Sql } from '../database/sql';

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  level: Unit['level'];
  parentId: number | null;
  path: string;
}

const UNIT_COLUMNS = `u.id, u.code, u.name, u.level, u.parent_id AS "parentId", u.path`;

@Injectable()
export class UnitsService {
  constructor(
    private readonly sql: Sql,
    private readonly access: AccessService,
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
        WHERE u.merged_into_id IS NULL ${conditions.map((c) => `AND ${c}`).join(' ')}
        ORDER BY length(u.path), u.name LIMIT $${params.length + 1}`,
      [...params, limit],
    );
    return this.withAncestry(rows);
  }

  /**
   * A unit of the live tree, which `user` (when given) may see; a merged one is refused with where
   * it went, after the scope check, so nobody learns of units outside their reach.
   */
  async getLive(id: number, user?: SessionUser): Promise<UnitRow> {
    const rows = await this.sql.query<UnitRow & { mergedInto: string | null }>(
      'unit-get',
      `SELECT ${UNIT_COLUMNS}, s.name AS "mergedInto" FROM units u LEFT JOIN units s ON s.id = u.successor_id WHERE u.id = $1`,
      [id],
    );
    if (!rows[0]) throw notFound('unit_not_found');
    const { mergedInto, ...unit } = rows[0];
    if (user) this.access.requireUnit(user, unit);
    if (mergedInto !== null) throw unprocessable('unit_merged', { name: unit.name, into: mergedInto });
    return unit;
  }

  /** The live units of a unit's subtree (itself included), for the roster template's list. */
  async subtreeUnits(unitId: number): Promise<{ code: string; name: string }[]> {
    return this.sql.query(
      'unit-subtree-list',
      `SELECT s.code, s.name FROM units u JOIN units s ON s.path LIKE u.path || '%' AND s.merged_into_id IS NULL
        WHERE u.id = $1 ORDER BY s.path`,
      [unitId],
    );
  }

  async withAncestry(rows: UnitRow[]): Promise<Unit[]> {
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
