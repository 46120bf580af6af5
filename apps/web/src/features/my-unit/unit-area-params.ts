import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

import { paths } from '../../shared/paths';

export const UNIT_AREA_TABS = ['people', 'figures', 'roster'] as const;
export type UnitAreaTab = (typeof UNIT_AREA_TABS)[number];

/** `?unit=` (another unit than one's own: a sub-unit, or any unit for an organizer) and `?tab=`. */
export function readUnitAreaParams(search: URLSearchParams): { unitId: number | null; tab: UnitAreaTab } {
  const unit = Number(search.get('unit'));
  const tab = search.get('tab');
  return {
    unitId: Number.isSafeInteger(unit) && unit > 0 ? unit : null,
    tab: UNIT_AREA_TABS.includes(tab as UnitAreaTab) ? (tab as UnitAreaTab) : 'people',
  };
}

export function unitAreaHref(unitId: number | null, tab: UnitAreaTab): string {
  const search = new URLSearchParams();
  if (unitId !== null) search.set('unit', String(unitId));
  if (tab !== 'people') search.set('tab', tab);
  const query = search.toString();
  return query ? `${paths.myUnit}?${query}` : paths.myUnit;
}

/** The unit and tab live in the address, so a reload or a shared link opens the same view. */
export function useUnitAreaParams() {
  const [search, setSearch] = useSearchParams();
  const { unitId, tab } = readUnitAreaParams(search);
  const update = useCallback(
    (change: (next: URLSearchParams) => void) =>
      setSearch((current) => {
        const next = new URLSearchParams(current);
        change(next);
        return next;
      }),
    [setSearch],
  );
  const setUnit = useCallback((id: number) => update((next) => next.set('unit', String(id))), [update]);
  const setTab = useCallback(
    (next: UnitAreaTab) =>
      update((params) => (next === 'people' ? params.delete('tab') : params.set('tab', next))),
    [update],
  );
  return { unitId, tab, setUnit, setTab };
}
