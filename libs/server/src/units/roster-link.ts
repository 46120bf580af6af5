import { normalizePhone } from '@contest/domain';

import { LOCKS } from '../database/advisory-locks';
import type { Sql } from '../database/sql';

/**
 * Roster uploads and registrations both link accounts to entries; they take this lock so an
 * account is never linked twice (the unique index would turn the loser into a 500).
 */
export const ROSTER_LOCK = [LOCKS.roster, 0] as const;

/**
 * Links a new account to the roster entry with its phone or e-mail, when exactly one unlinked
 * entry of a roster covering the account's unit has it; several, or none, leave it unlinked.
 */
export async function linkRegisteredAccount(sql: Sql, userId: number, login: string): Promise<void> {
  const phone = normalizePhone(login);
  await sql.transaction(async (tx) => {
    await sql.query('roster-lock', 'SELECT pg_advisory_xact_lock($1, $2)', [...ROSTER_LOCK], tx);
    await sql.query(
      'roster-link-account',
      `WITH candidates AS (
         SELECT e.id FROM roster_entries e
           JOIN units ru ON ru.id = e.roster_unit_id
           JOIN users us ON us.id = $1 JOIN units uu ON uu.id = us.unit_id AND uu.path LIKE ru.path || '%'
          WHERE e.user_id IS NULL AND (e.phone = $2 OR e.email = $3)
            AND NOT EXISTS (SELECT 1 FROM roster_entries x WHERE x.user_id = $1))
       UPDATE roster_entries SET user_id = $1 WHERE id IN (SELECT id FROM candidates) AND (SELECT count(*) FROM candidates) = 1`,
      [userId, phone, phone ? null : login],
      tx,
    );
  });
}
