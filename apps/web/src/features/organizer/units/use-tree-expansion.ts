import { foldForSearch } from '@contest/domain';
import { useCallback, useState } from 'react';

const toggled = (ids: ReadonlySet<number>, id: number) => {
  const next = new Set(ids);
  if (!next.delete(id)) next.add(id);
  return next;
};

/**
 * Which units are open. Browsing keeps the organizer's own choice; a search opens the way down to
 * its matches, and what is toggled during that search is forgotten once the search changes.
 */
export function useTreeExpansion(rootIds: readonly number[], query: string, searchOpen: ReadonlySet<number>) {
  const [browsing, setBrowsing] = useState<ReadonlySet<number> | null>(null);
  const [searching, setSearching] = useState<{ query: string; ids: ReadonlySet<number> } | null>(null);
  const folded = foldForSearch(query);
  const browseIds = browsing ?? new Set(rootIds);
  const expanded = folded ? (searching?.query === folded ? searching.ids : searchOpen) : browseIds;

  const toggle = useCallback(
    (id: number) => {
      if (folded) setSearching({ query: folded, ids: toggled(expanded, id) });
      else setBrowsing(toggled(expanded, id));
    },
    [folded, expanded],
  );
  const setAll = useCallback(
    (ids: ReadonlySet<number>) => {
      if (folded) setSearching({ query: folded, ids });
      else setBrowsing(ids);
    },
    [folded],
  );
  return { expanded, toggle, setAll };
}
