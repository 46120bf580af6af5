import { Injectable } from '@nestjs/common';

import type { AuditEntity, AuditPage, AuditQuery } from '@contest/contracts';

import { Sql, type Queryable } from '../database/sql';

export interface AuditRecord {
  actorId: number;
  action: string;
  entityType: AuditEntity;
  entityId: number | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/**
 * The audit log. `record` takes the transaction's client so an entry is written if and only if
 * the change it describes is committed.
 */
@Injectable()
export class AuditService {
  constructor(private readonly sql: Sql) {}

  async record(on: Queryable, entry: AuditRecord): Promise<void> {
    await this.sql.query(
      'audit-insert',
      `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, reason, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.actorId,
        entry.action,
        entry.entityType,
        entry.entityId,
        entry.reason ?? null,
        entry.before === undefined ? null : JSON.stringify(entry.before),
        entry.after === undefined ? null : JSON.stringify(entry.after),
      ],
      on,
    );
  }

  async list(query: AuditQuery): Promise<AuditPage> {
    const where = `($1::varchar IS NULL OR l.entity_type = $1) AND ($2::int IS NULL OR l.entity_id = $2)`;
    const params = [query.entityType ?? null, query.entityId ?? null];
    const [rows, total] = await Promise.all([
      this.sql.query<{
        id: string;
        at: Date;
        actorId: number;
        actorName: string;
        action: string;
        entityType: AuditEntity;
        entityId: number | null;
        reason: string | null;
        before: unknown;
        after: unknown;
      }>(
        'audit-page',
        `SELECT l.id, l.at, l.actor_id AS "actorId", u.full_name AS "actorName", l.action,
                l.entity_type AS "entityType", l.entity_id AS "entityId", l.reason, l.before, l.after
           FROM audit_log l JOIN users u ON u.id = l.actor_id
          WHERE ${where} ORDER BY l.id DESC LIMIT $3 OFFSET $4`,
        [...params, query.pageSize, (query.page - 1) * query.pageSize],
      ),
      this.sql.query<{ total: number }>(
        'audit-count',
        `SELECT count(*)::int AS total FROM audit_log l WHERE ${where}`,
        params,
      ),
    ]);
    return {
      items: rows.map((r) => ({ ...r, id: Number(r.id), at: r.at.toISOString() })),
      total: total[0].total,
    };
  }
}
