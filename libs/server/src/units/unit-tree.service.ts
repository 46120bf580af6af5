import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';

import type {
  MergedUnit,
  UnitCreate,
  UnitImportQuery,
  UnitImportReport,
  UnitMergeResult,
  UnitNode,
  UnitTree,
  UnitUpdate,
} from '@contest/contracts';
import { foldForSearch } from '@contest/domain';

import { AuditService } from '../audit/audit.service';
import { LOCKS } from '../database/advisory-locks';
import { Sql, type Queryable } from '../database/sql';
import { conflict, notFound, unprocessable } from '../http/api-error';
import { readSheet } from '../spreadsheets/sheet-reader';
import { checkUnitImport, type KnownUnit } from './unit-import';

/** Every change to the tree's shape takes this lock, so two edits never build paths from stale parents. */
const TREE_LOCK = [LOCKS.unitTree, 0] as const;

const NODE_SELECT = `SELECT u.id, u.code, u.name, u.level, u.parent_id AS "parentId", h.headcount,
         (SELECT count(*) FROM users us WHERE us.unit_id = u.id)::int AS accounts,
         (SELECT count(*) FROM roster_entries re WHERE re.unit_id = u.id)::int AS "rosterEntries",
         (SELECT count(*) FROM roster_entries re WHERE re.unit_id = u.id OR re.roster_unit_id = u.id)::int
           AS "rosterEntriesToMove"
    FROM units u LEFT JOIN unit_headcounts h ON h.unit_id = u.id AND h.contest_id = $1`;

const MERGED_SELECT = `SELECT id, code, name, level, merged_into_id AS "mergedIntoId", successor_id AS "successorId",
         merged_at AS "mergedAt" FROM units`;
const mergedView = (m: MergedUnit & { mergedAt: Date }): MergedUnit => ({
  ...m,
  mergedAt: m.mergedAt.toISOString(),
});

interface UnitFacts {
  id: number;
  code: string;
  name: string;
  path: string;
  parentId: number | null;
  mergedIntoId: number | null;
}

/**
 * The organizer's side of the unit tree: create, rename, move, merge, headcounts per contest and
 * the spreadsheet import. Paths ("/1/5/23/") are always rebuilt from parent ids in the same
 * transaction, so they never disagree with the tree.
 */
@Injectable()
export class UnitTreeService {
  constructor(
    private readonly sql: Sql,
    private readonly audit: AuditService,
  ) {}

  async tree(contestId: number): Promise<UnitTree> {
    await this.assertContest(contestId);
    const units = await this.sql.query<UnitNode>(
      'unit-tree-live',
      `${NODE_SELECT} WHERE u.merged_into_id IS NULL ORDER BY length(u.path) - length(replace(u.path, '/', '')), u.name`,
      [contestId],
    );
    const merged = await this.sql.query<MergedUnit & { mergedAt: Date }>(
      'unit-tree-merged',
      `${MERGED_SELECT} WHERE merged_into_id IS NOT NULL ORDER BY merged_at DESC, name`,
    );
    return { contestId, units, merged: merged.map(mergedView) };
  }

  async create(actorId: number, input: UnitCreate): Promise<UnitNode> {
    await this.assertContest(input.contestId);
    const code = input.code.toUpperCase();
    const id = await this.sql.transaction(async (tx) => {
      await this.lockTree(tx);
      if (input.parentId !== null) await this.liveUnit(input.parentId, tx);
      const taken = await this.byCode(code, tx);
      if (taken) throw conflict('unit_code_taken', { code, name: taken.name });
      const [{ id }] = await this.sql.query<{ id: number }>(
        'unit-create',
        `INSERT INTO units (code, name, name_folded, level, parent_id, path) VALUES ($1, $2, $3, $4, $5, '') RETURNING id`,
        [code, input.name, foldForSearch(input.name), input.level, input.parentId],
        tx,
      );
      await this.setHeadcountIn(tx, input.contestId, id, input.headcount);
      await rebuildPaths(tx);
      await this.audit.record(tx, {
        actorId,
        action: 'unit.create',
        entityType: 'unit',
        entityId: id,
        after: input,
      });
      return id;
    });
    return this.node(input.contestId, id);
  }

  async update(actorId: number, unitId: number, input: UnitUpdate): Promise<UnitNode> {
    await this.sql.transaction(async (tx) => {
      await this.lockTree(tx);
      const unit = await this.liveUnit(unitId, tx);
      if (input.parentId !== undefined && input.parentId !== null) {
        const parent = await this.liveUnit(input.parentId, tx);
        if (parent.path.startsWith(unit.path))
          throw unprocessable('unit_move_into_own_subtree', { name: unit.name, parent: parent.name });
      }
      await this.sql.query(
        'unit-update',
        `UPDATE units SET name = coalesce($2, name), name_folded = coalesce($3, name_folded), level = coalesce($4, level),
                parent_id = CASE WHEN $5 THEN $6 ELSE parent_id END
          WHERE id = $1`,
        [
          unitId,
          input.name ?? null,
          input.name ? foldForSearch(input.name) : null,
          input.level ?? null,
          input.parentId !== undefined,
          input.parentId ?? null,
        ],
        tx,
      );
      if (input.parentId !== undefined) await rebuildPaths(tx);
      await this.audit.record(tx, {
        actorId,
        action: 'unit.update',
        entityType: 'unit',
        entityId: unitId,
        before: { name: unit.name, parentId: unit.parentId },
        after: input,
      });
    });
    return this.node(await this.latestContestId(), unitId);
  }

  async setHeadcount(
    actorId: number,
    unitId: number,
    contestId: number,
    headcount: number,
  ): Promise<UnitNode> {
    await this.assertContest(contestId);
    await this.sql.transaction(async (tx) => {
      await this.liveUnit(unitId, tx);
      const [before] = await this.sql.query<{ headcount: number }>(
        'unit-headcount-get',
        'SELECT headcount FROM unit_headcounts WHERE contest_id = $1 AND unit_id = $2 FOR UPDATE',
        [contestId, unitId],
        tx,
      );
      await this.setHeadcountIn(tx, contestId, unitId, headcount);
      await this.audit.record(tx, {
        actorId,
        action: 'unit.headcount',
        entityType: 'unit',
        entityId: unitId,
        before: before ? { contestId, headcount: before.headcount } : undefined,
        after: { contestId, headcount },
      });
    });
    return this.node(contestId, unitId);
  }

  /**
   * Merges a unit into another. Its sub-units, accounts and roster move to the other unit; the
   * merged unit stays (under the other, out of the live tree) with the attempts and headcounts of
   * contests already over, so their reports still add up under today's tree. Headcounts of
   * contests still running move over, or the people would count twice.
   */
  async merge(actorId: number, unitId: number, intoUnitId: number): Promise<UnitMergeResult> {
    if (unitId === intoUnitId) throw unprocessable('unit_merge_into_itself');
    const moved = await this.sql.transaction(async (tx) => {
      await this.lockTree(tx);
      const unit = await this.liveUnit(unitId, tx);
      const into = await this.liveUnit(intoUnitId, tx);
      if (into.path.startsWith(unit.path))
        throw unprocessable('unit_merge_into_descendant', { name: unit.name, into: into.name });
      const q = <T extends Record<string, unknown>>(name: string, text: string) =>
        this.sql.query<T>(name, text, [unitId, intoUnitId], tx);
      const [{ children }] = await q<{ children: number }>(
        'unit-merge-children',
        `WITH moved AS (UPDATE units SET parent_id = $2 WHERE parent_id = $1 AND merged_into_id IS NULL RETURNING 1)
         SELECT count(*)::int AS children FROM moved`,
      );
      // Units merged into this one earlier follow it: their history now counts under the target.
      await q('unit-merge-mark', `UPDATE units SET successor_id = $2 WHERE successor_id = $1 OR id = $1`);
      await q(
        'unit-merge-self',
        `UPDATE units SET merged_into_id = $2, merged_at = now(), parent_id = $2 WHERE id = $1`,
      );
      await q(
        'unit-merge-headcounts',
        `WITH running AS (
           SELECT c.id FROM contests c
            WHERE NOT EXISTS (SELECT 1 FROM rounds r WHERE r.contest_id = c.id)
               OR (SELECT max(r.closes_at) FROM rounds r WHERE r.contest_id = c.id) > now()),
         taken AS (
           DELETE FROM unit_headcounts h USING running WHERE h.contest_id = running.id AND h.unit_id = $1
           RETURNING h.contest_id, h.headcount)
         INSERT INTO unit_headcounts (contest_id, unit_id, headcount) SELECT contest_id, $2, headcount FROM taken
         ON CONFLICT (contest_id, unit_id) DO UPDATE SET headcount = unit_headcounts.headcount + excluded.headcount`,
      );
      const [{ accounts }] = await q<{ accounts: number }>(
        'unit-merge-accounts',
        `WITH moved AS (UPDATE users SET unit_id = $2 WHERE unit_id = $1 RETURNING 1) SELECT count(*)::int AS accounts FROM moved`,
      );
      const [{ rosterEntries }] = await q<{ rosterEntries: number }>(
        'unit-merge-roster',
        `WITH moved AS (
           UPDATE roster_entries SET unit_id = CASE WHEN unit_id = $1 THEN $2 ELSE unit_id END,
                  roster_unit_id = CASE WHEN roster_unit_id = $1 THEN $2 ELSE roster_unit_id END
            WHERE unit_id = $1 OR roster_unit_id = $1 RETURNING 1)
         SELECT count(*)::int AS "rosterEntries" FROM moved`,
      );
      await rebuildPaths(tx);
      const result = { children, accounts, rosterEntries };
      await this.audit.record(tx, {
        actorId,
        action: 'unit.merge',
        entityType: 'unit',
        entityId: unitId,
        before: { code: unit.code, name: unit.name, parentId: unit.parentId },
        after: { intoUnitId, intoName: into.name, moved: result },
      });
      return result;
    });
    const contestId = await this.latestContestId();
    const [merged] = await this.sql.query<MergedUnit & { mergedAt: Date }>(
      'unit-merged-one',
      `${MERGED_SELECT} WHERE id = $1`,
      [unitId],
    );
    return { merged: mergedView(merged), into: await this.node(contestId, intoUnitId), moved };
  }

  async import(actorId: number, query: UnitImportQuery, file: Buffer): Promise<UnitImportReport> {
    await this.assertContest(query.contestId);
    const sheet = await readSheet(query.format, file);
    return this.sql.transaction(async (tx) => {
      await this.lockTree(tx);
      const known = await this.knownUnits(tx);
      const { units, problems } = checkUnitImport(sheet, known);
      const report = { dryRun: query.dryRun, rowsRead: sheet.rows.length, problems };
      const existing = units.filter((u) => known.has(u.code)).length;
      if (problems.length || query.dryRun)
        return {
          ...report,
          ok: problems.length === 0,
          imported: 0,
          created: problems.length ? 0 : units.length - existing,
          updated: problems.length ? 0 : existing,
        };
      // New codes first (without parents), then every row's parent by code, then the paths.
      await this.sql.query(
        'unit-import-upsert',
        `INSERT INTO units (code, name, name_folded, level, path)
         SELECT code, name, name_folded, level, '' FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[])
                AS t(code, name, name_folded, level)
         ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_folded = excluded.name_folded, level = excluded.level`,
        [
          units.map((u) => u.code),
          units.map((u) => u.name),
          units.map((u) => foldForSearch(u.name)),
          units.map((u) => u.level),
        ],
        tx,
      );
      await this.sql.query(
        'unit-import-parents',
        `UPDATE units u SET parent_id = p.id
           FROM unnest($1::varchar[], $2::varchar[]) AS t(code, parent_code) LEFT JOIN units p ON p.code = t.parent_code
          WHERE u.code = t.code`,
        [units.map((u) => u.code), units.map((u) => u.parentCode)],
        tx,
      );
      await this.sql.query(
        'unit-import-headcounts',
        `INSERT INTO unit_headcounts (contest_id, unit_id, headcount)
         SELECT $1, u.id, t.headcount FROM unnest($2::varchar[], $3::int[]) AS t(code, headcount) JOIN units u ON u.code = t.code
         ON CONFLICT (contest_id, unit_id) DO UPDATE SET headcount = excluded.headcount`,
        [query.contestId, units.map((u) => u.code), units.map((u) => u.headcount)],
        tx,
      );
      await rebuildPaths(tx);
      await this.audit.record(tx, {
        actorId,
        action: 'unit.import',
        entityType: 'unit',
        entityId: null,
        after: { contestId: query.contestId, created: units.length - existing, updated: existing },
      });
      return {
        ...report,
        ok: true,
        imported: units.length,
        created: units.length - existing,
        updated: existing,
      };
    });
  }

  /** The live tree in the import template's shape, with the contest's headcounts. */
  async rowsForSheet(contestId: number) {
    await this.assertContest(contestId);
    return this.sql.query<{
      code: string;
      name: string;
      level: UnitNode['level'];
      parentCode: string | null;
      headcount: number | null;
    }>(
      'unit-sheet-rows',
      `SELECT u.code, u.name, u.level, p.code AS "parentCode", h.headcount
         FROM units u LEFT JOIN units p ON p.id = u.parent_id
         LEFT JOIN unit_headcounts h ON h.unit_id = u.id AND h.contest_id = $1
        WHERE u.merged_into_id IS NULL ORDER BY u.path`,
      [contestId],
    );
  }

  async latestContestId(): Promise<number> {
    const [row] = await this.sql.query<{ id: number }>(
      'contest-latest',
      'SELECT max(id) AS id FROM contests',
    );
    if (!row?.id) throw notFound('contest_not_found');
    return row.id;
  }

  private async node(contestId: number, unitId: number): Promise<UnitNode> {
    const [node] = await this.sql.query<UnitNode>('unit-node', `${NODE_SELECT} WHERE u.id = $2`, [
      contestId,
      unitId,
    ]);
    if (!node) throw notFound('unit_not_found');
    return node;
  }

  private async knownUnits(tx: PoolClient): Promise<Map<string, KnownUnit>> {
    const rows = await this.sql.query<{
      code: string;
      parentCode: string | null;
      mergedIntoName: string | null;
    }>(
      'unit-import-known',
      `SELECT u.code, p.code AS "parentCode", CASE WHEN u.merged_into_id IS NOT NULL THEN s.name END AS "mergedIntoName"
         FROM units u LEFT JOIN units p ON p.id = u.parent_id LEFT JOIN units s ON s.id = coalesce(u.successor_id, u.id)`,
      [],
      tx,
    );
    return new Map(rows.map((r) => [r.code.toUpperCase(), r]));
  }

  private async setHeadcountIn(
    on: Queryable,
    contestId: number,
    unitId: number,
    headcount: number,
  ): Promise<void> {
    await this.sql.query(
      'unit-headcount-set',
      `INSERT INTO unit_headcounts (contest_id, unit_id, headcount) VALUES ($1, $2, $3)
       ON CONFLICT (contest_id, unit_id) DO UPDATE SET headcount = excluded.headcount`,
      [contestId, unitId, headcount],
      on,
    );
  }

  private async lockTree(tx: PoolClient): Promise<void> {
    await this.sql.query('unit-tree-lock', 'SELECT pg_advisory_xact_lock($1, $2)', [...TREE_LOCK], tx);
  }

  private async byCode(code: string, on: Queryable): Promise<UnitFacts | undefined> {
    const [unit] = await this.sql.query<UnitFacts>(
      'unit-by-code',
      `SELECT id, code, name, path, parent_id AS "parentId", merged_into_id AS "mergedIntoId" FROM units WHERE upper(code) = $1`,
      [code],
      on,
    );
    return unit;
  }

  /** A unit that is still in the live tree; a merged one is refused, naming where it went. */
  private async liveUnit(id: number, on: Queryable): Promise<UnitFacts> {
    const [unit] = await this.sql.query<UnitFacts & { successorName: string | null }>(
      'unit-live',
      `SELECT u.id, u.code, u.name, u.path, u.parent_id AS "parentId", u.merged_into_id AS "mergedIntoId",
              s.name AS "successorName"
         FROM units u LEFT JOIN units s ON s.id = u.successor_id WHERE u.id = $1`,
      [id],
      on,
    );
    if (!unit) throw notFound('unit_not_found');
    if (unit.mergedIntoId !== null)
      throw unprocessable('unit_merged', { name: unit.name, into: unit.successorName ?? '' });
    return unit;
  }

  private async assertContest(contestId: number): Promise<void> {
    const [row] = await this.sql.query('contest-exists', 'SELECT 1 FROM contests WHERE id = $1', [contestId]);
    if (!row) throw notFound('contest_not_found');
  }
}

/** Rebuilds every unit's path from the parent ids; cheap at a province's few hundred units. */
async function rebuildPaths(tx: PoolClient): Promise<void> {
  await tx.query(
    `WITH RECURSIVE t AS (
       SELECT id, '/' || id || '/' AS path FROM units WHERE parent_id IS NULL
       UNION ALL
       SELECT u.id, t.path || u.id || '/' FROM units u JOIN t ON u.parent_id = t.id)
     UPDATE units SET path = t.path FROM t WHERE units.id = t.id AND units.path IS DISTINCT FROM t.path`,
  );
}
