import type { QuotaReport } from '@contest/contracts';
import { foldForSearch } from '@contest/domain';

export type QuotaUnit = QuotaReport['units'][number];

export interface QuotaFilter {
  /** Only units still short of their quota: the ones to call. */
  onlyShort: boolean;
  /** Part of a unit's name, compared without tone marks. */
  query: string;
}

export function filterQuotaUnits(units: readonly QuotaUnit[], filter: QuotaFilter): QuotaUnit[] {
  const query = foldForSearch(filter.query.trim());
  return units.filter(
    (unit) => (!filter.onlyShort || !unit.met) && (!query || foldForSearch(unit.unitName).includes(query)),
  );
}

/** How many more a unit must forward to meet its quota (0 once met). */
export const stillNeeded = (unit: Pick<QuotaUnit, 'required' | 'forwarded'>): number =>
  Math.max(0, unit.required - unit.forwarded);
