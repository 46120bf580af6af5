import { Injectable } from '@nestjs/common';

import type {
  ImportProblem,
  Roster,
  RosterAccountConflict,
  RosterEntry,
  RosterImportQuery,
  RosterImportReport,
} from '@contest/contracts';
import { normalizePhone, phoneLoginForms } from '@contest/domain';

import type { SessionUser } from '../accounts/current-user';
import { Sql } from '../database/sql';
import { importProblem } from '../spreadsheets/import-problem';
import { readSheet } from '../spreadsheets/sheet-reader';
import { checkRosterImport, type RosterContacts } from './roster-import';
import { ROSTER_LOCK } from './roster-link';
import { UnitChanges } from './unit-changes';
import { UnitsService } from './units.service';

interface AccountMatch {
  userId: number;
  login: string;
  unitName: string | null;
  inSubtree: boolean;
  /** The unit whose roster already holds this account, if another one's. */
  linkedRosterName: string | null;
}

@Injectable()
export class RosterService {
  constructor(
    private readonly sql: Sql,
    private readonly units: UnitsService,
    private readonly changes: UnitChanges,
  ) {}

  /**
   * The roster with each entry's account: the linked one, or, for an entry left unlinked, an
   * account registered with its phone or e-mail and why it was not linked (the same conflicts the
   * upload warned of), so a person who has registered is never shown as not registered.
   */
  async roster(user: SessionUser, unitId: number): Promise<Roster> {
    const unit = await this.units.getLive(unitId, user);
    const rows = await this.sql.query<
      Omit<RosterEntry, 'accountConflict'> & {
        conflictReason: RosterAccountConflict['reason'] | null;
        conflictUnitName: string | null;
      }
    >(
      'roster-entries',
      `SELECT e.id, e.full_name AS "fullName", e.phone, e.email, e.unit_id AS "unitId", u.name AS "unitName",
              e.user_id AS "userId", a.reason AS "conflictReason", a.unit_name AS "conflictUnitName"
         FROM roster_entries e JOIN units u ON u.id = e.unit_id JOIN units ru ON ru.id = e.roster_unit_id
         LEFT JOIN LATERAL (
           SELECT CASE WHEN NOT coalesce(au.path LIKE ru.path || '%', false) THEN 'other_unit'
                       WHEN lr.name IS NOT NULL THEN 'linked_elsewhere'
                       ELSE 'not_linked' END AS reason,
                  coalesce(CASE WHEN coalesce(au.path LIKE ru.path || '%', false) THEN lr.name END, au.name, '—') AS unit_name
             FROM users us LEFT JOIN units au ON au.id = us.unit_id
             LEFT JOIN LATERAL (
               SELECT lu.name FROM roster_entries x JOIN units lu ON lu.id = x.roster_unit_id
                WHERE x.user_id = us.id LIMIT 1) lr ON true
            WHERE e.user_id IS NULL AND us.login IN (e.phone, '+84' || substr(e.phone, 2), e.email)
            ORDER BY us.id LIMIT 1) a ON true
        WHERE e.roster_unit_id = $1 ORDER BY u.name, e.full_name`,
      [unitId],
    );
    const entries: RosterEntry[] = rows.map(({ conflictReason, conflictUnitName, ...entry }) => ({
      ...entry,
      accountConflict: conflictReason ? { reason: conflictReason, unitName: conflictUnitName ?? '—' } : null,
    }));
    const [view] = await this.units.withAncestry([unit]);
    return { unit: view, entries, linked: entries.filter((e) => e.userId !== null).length };
  }

  /** Replaces a unit's roster from a file, after checking it whole; links the accounts it can. */
  async import(
    user: SessionUser,
    unitId: number,
    query: RosterImportQuery,
    file: Buffer,
  ): Promise<RosterImportReport> {
    const unit = await this.units.getLive(unitId, user);
    const sheet = await readSheet(query.format, file);
    const subtree = await this.sql.query<{ id: number; code: string; name: string }>(
      'roster-subtree-units',
      `SELECT id, code, name FROM units WHERE path LIKE $1 || '%' AND merged_into_id IS NULL`,
      [unit.path],
    );
    const { entries, contacts, problems } = checkRosterImport(sheet, unitId, subtree);
    const base = { dryRun: query.dryRun, rowsRead: sheet.rows.length, problems };
    // Checked first, whole: the conflicts with other units are part of the report even when other
    // rows are wrong, so one round of corrections fixes everything.
    if (problems.length) {
      const { warnings } = await this.plan(unitId, unit.path, contacts);
      return { ...base, ok: false, imported: 0, linked: 0, warnings };
    }
    const report = await this.sql.transaction(async (tx) => {
      await this.sql.query('roster-lock', 'SELECT pg_advisory_xact_lock($1, $2)', [...ROSTER_LOCK], tx);
      const { links, warnings } = await this.plan(unitId, unit.path, entries);
      if (query.dryRun) return { ...base, ok: true, imported: 0, linked: links.size, warnings };
      await this.sql.query(
        'roster-clear',
        'DELETE FROM roster_entries WHERE roster_unit_id = $1',
        [unitId],
        tx,
      );
      await this.sql.query(
        'roster-insert',
        `INSERT INTO roster_entries (roster_unit_id, unit_id, full_name, phone, email, user_id)
         SELECT $1, u, n, p, e, a FROM unnest($2::int[], $3::varchar[], $4::varchar[], $5::varchar[], $6::int[]) AS t(u, n, p, e, a)`,
        [
          unitId,
          entries.map((e) => e.unitId),
          entries.map((e) => e.fullName),
          entries.map((e) => e.phone),
          entries.map((e) => e.email),
          entries.map((e) => links.get(e.row) ?? null),
        ],
        tx,
      );
      return { ...base, ok: true, imported: entries.length, linked: links.size, warnings };
    });
    if (!query.dryRun) await this.changes.markDirty([unitId], []);
    return report;
  }

  /**
   * Which account each row links to, and the conflicts to report instead of merging: a contact
   * on another unit's roster, an account registered outside this unit, an account already linked
   * to another unit's roster.
   */
  private async plan(
    unitId: number,
    unitPath: string,
    entries: readonly RosterContacts[],
  ): Promise<{ links: Map<number, number>; warnings: ImportProblem[] }> {
    const phones = entries.flatMap((e) => (e.phone ? [e.phone] : []));
    const emails = entries.flatMap((e) => (e.email ? [e.email] : []));
    const elsewhere = await this.sql.query<{ contact: string; unitName: string }>(
      'roster-contacts-elsewhere',
      `SELECT coalesce(e.phone, e.email) AS contact, u.name AS "unitName"
         FROM roster_entries e JOIN units u ON u.id = e.roster_unit_id
        WHERE e.roster_unit_id <> $1 AND (e.phone = ANY($2) OR e.email = ANY($3))`,
      [unitId, phones, emails],
    );
    const accounts = await this.sql.query<AccountMatch>(
      'roster-matching-accounts',
      `SELECT us.id AS "userId", us.login, un.name AS "unitName", coalesce(un.path LIKE $2 || '%', false) AS "inSubtree",
              (SELECT ru.name FROM roster_entries e JOIN units ru ON ru.id = e.roster_unit_id
                WHERE e.user_id = us.id AND e.roster_unit_id <> $1) AS "linkedRosterName"
         FROM users us LEFT JOIN units un ON un.id = us.unit_id
        WHERE us.login = ANY($3)`,
      [unitId, unitPath, [...phones.flatMap(phoneLoginForms), ...emails]],
    );
    const byContact = new Map<string, AccountMatch>();
    for (const a of accounts) byContact.set(normalizePhone(a.login) ?? a.login, a);
    const warnings: ImportProblem[] = [];
    const seenElsewhere = new Map(elsewhere.map((e) => [e.contact, e.unitName]));
    const links = new Map<number, number>();
    for (const entry of entries) {
      for (const contact of [entry.phone, entry.email]) {
        if (contact && seenElsewhere.has(contact))
          warnings.push(
            importProblem(entry.row, null, 'roster_in_other_roster', {
              contact,
              unit: seenElsewhere.get(contact)!,
            }),
          );
      }
      const account =
        (entry.phone && byContact.get(entry.phone)) || (entry.email && byContact.get(entry.email));
      if (!account) continue;
      const contact = account.login;
      if (!account.inSubtree)
        warnings.push(
          importProblem(entry.row, null, 'roster_account_other_unit', {
            contact,
            unit: account.unitName ?? '—',
          }),
        );
      else if (account.linkedRosterName)
        warnings.push(
          importProblem(entry.row, null, 'roster_account_linked_elsewhere', {
            contact,
            unit: account.linkedRosterName,
          }),
        );
      else links.set(entry.row, account.userId);
    }
    return { links, warnings };
  }
}
