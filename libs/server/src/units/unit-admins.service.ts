import { Injectable } from '@nestjs/common';

import type { UnitAdmins } from '@contest/contracts';

import type { SessionUser } from '../accounts/current-user';
import { AuditService } from '../audit/audit.service';
import { Sql } from '../database/sql';
import { conflict, notFound } from '../http/api-error';

/**
 * Who administers a unit: organizers make one of the unit's own accounts its admin (a unit admin
 * follows the unit's people and forwards its initiatives) and take the role back. The account
 * keeps its unit either way; an account of another unit or another role is refused. A role
 * change reaches the person's open sessions within the session cache's few seconds.
 */
/** A unit's people offered to become its admin, at most (a unit has ~100; a big one can search by login). */
const CANDIDATES = 500;

@Injectable()
export class UnitAdminsService {
  constructor(
    private readonly sql: Sql,
    private readonly audit: AuditService,
  ) {}

  async list(unitId: number): Promise<UnitAdmins> {
    const [unit] = await this.sql.query<{ name: string }>(
      'unit-admins-unit',
      'SELECT name FROM units WHERE id = $1 AND merged_into_id IS NULL',
      [unitId],
    );
    if (!unit) throw notFound('unit_not_found');
    const accounts = await this.sql.query<UnitAdmins['items'][number] & { role: string }>(
      'unit-admins-accounts',
      `(SELECT id, full_name AS "fullName", login, role FROM users WHERE role = 'unit_admin' AND unit_id = $1)
       UNION ALL
       (SELECT id, full_name AS "fullName", login, role FROM users WHERE role = 'participant' AND unit_id = $1
        ORDER BY full_name, id LIMIT ${CANDIDATES})`,
      [unitId],
    );
    const of = (role: string) =>
      accounts
        .filter((a) => a.role === role)
        .map(({ role: _role, ...account }) => account)
        .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi') || a.id - b.id);
    // The organizer picks an admin from the unit's own people, not from a login they must already know.
    return { unitId, unitName: unit.name, items: of('unit_admin'), candidates: of('participant') };
  }

  async add(actor: SessionUser, unitId: number, login: string): Promise<UnitAdmins> {
    await this.sql.transaction(async (client) => {
      const [unit] = await this.sql.query<{ id: number }>(
        'unit-admins-unit-lock',
        'SELECT id FROM units WHERE id = $1 AND merged_into_id IS NULL FOR KEY SHARE',
        [unitId],
        client,
      );
      if (!unit) throw notFound('unit_not_found');
      const [user] = await this.sql.query<{
        id: number;
        role: string;
        unitId: number | null;
        unitName: string | null;
      }>(
        'unit-admins-account',
        `SELECT u.id, u.role, u.unit_id AS "unitId", un.name AS "unitName"
         FROM users u LEFT JOIN units un ON un.id = u.unit_id WHERE u.login = $1 FOR UPDATE OF u`,
        [login],
        client,
      );
      if (!user) throw notFound('login_not_found', { login });
      if (user.role === 'unit_admin' && user.unitId === unitId) return;
      if (user.role !== 'participant') throw conflict('unit_admin_not_participant', { login });
      if (user.unitId !== unitId)
        throw conflict('unit_admin_other_unit', { login, unit: user.unitName ?? '—' });
      await this.sql.query(
        'unit-admins-grant',
        `UPDATE users SET role = 'unit_admin' WHERE id = $1`,
        [user.id],
        client,
      );
      await this.audit.record(client, {
        actorId: actor.id,
        action: 'unit.admin_add',
        entityType: 'unit',
        entityId: unitId,
        after: { userId: user.id, login },
      });
    });
    return this.list(unitId);
  }

  async remove(actor: SessionUser, unitId: number, userId: number): Promise<UnitAdmins> {
    await this.sql.transaction(async (client) => {
      const [user] = await this.sql.query<{ login: string }>(
        'unit-admins-revoke',
        `UPDATE users SET role = 'participant' WHERE id = $1 AND unit_id = $2 AND role = 'unit_admin' RETURNING login`,
        [userId, unitId],
        client,
      );
      if (!user) throw notFound('unit_admin_not_found');
      await this.audit.record(client, {
        actorId: actor.id,
        action: 'unit.admin_remove',
        entityType: 'unit',
        entityId: unitId,
        before: { userId, login: user.login },
      });
    });
    return this.list(unitId);
  }
}
