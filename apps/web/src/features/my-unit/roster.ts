import type { RosterEntry } from '@contest/contracts';
import { foldForSearch } from '@contest/domain';

/** Roster entries whose name, phone, e-mail or sub-unit holds the search, diacritics ignored. */
export function filterRoster(entries: readonly RosterEntry[], search: string): RosterEntry[] {
  const needle = foldForSearch(search);
  if (needle === '') return [...entries];
  return entries.filter((entry) =>
    [entry.fullName, entry.phone, entry.email, entry.unitName].some(
      (text) => text !== null && foldForSearch(text).includes(needle),
    ),
  );
}

/**
 * What the roster says of a person's account: linked; an account exists but is not linked (and
 * why: the conflict the upload warned of, kept after its report is gone); or none registered yet.
 */
export type RosterAccountState =
  | { kind: 'linked' }
  | { kind: 'conflict'; conflict: NonNullable<RosterEntry['accountConflict']> }
  | { kind: 'none' };

export function rosterAccountState(
  entry: Pick<RosterEntry, 'userId' | 'accountConflict'>,
): RosterAccountState {
  if (entry.userId !== null) return { kind: 'linked' };
  if (entry.accountConflict) return { kind: 'conflict', conflict: entry.accountConflict };
  return { kind: 'none' };
}

/** People on the roster whose account exists but is not linked: the ones a unit admin should look at. */
export const conflictCount = (entries: readonly Pick<RosterEntry, 'userId' | 'accountConflict'>[]): number =>
  entries.filter((entry) => rosterAccountState(entry).kind === 'conflict').length;
