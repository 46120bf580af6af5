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
