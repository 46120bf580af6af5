import type { UnitNode } from '@contest/contracts';
import { foldForSearch } from '@contest/domain';
import type { ComboboxItem, ComboboxParsedItem } from '@mantine/core';

import { ancestryOf, buildUnitForest, hasEveryWord, type UnitTreeItem } from './unit-tree';

/** An option of a unit picker: the value is the unit id; `path` names where it sits. */
export interface UnitOption extends ComboboxItem {
  path: string;
}

/** Every unit but the excluded ones, in tree order, so an unfiltered list reads as the tree. */
export function unitOptions(
  units: readonly UnitNode[],
  excluded: ReadonlySet<number> = new Set(),
): UnitOption[] {
  const options: UnitOption[] = [];
  const walk = (items: readonly UnitTreeItem[]) => {
    for (const { unit, children } of items) {
      if (excluded.has(unit.id)) continue;
      options.push({
        value: String(unit.id),
        label: `${unit.name} (${unit.code})`,
        path: ancestryOf(units, unit).join(' › '),
      });
      walk(children);
    }
  };
  walk(buildUnitForest(units));
  return options;
}

/** The picker's search, as forgiving as the tree's: "so noi vu" finds "Sở Nội vụ", and a parent's name finds its units. */
export function foldedOptionsFilter({
  options,
  search,
  limit,
}: {
  options: ComboboxParsedItem[];
  search: string;
  limit: number;
}): ComboboxParsedItem[] {
  const folded = foldForSearch(search);
  if (!folded) return options.slice(0, limit);
  const found: ComboboxParsedItem[] = [];
  for (const option of options) {
    if (found.length >= limit) break;
    if ('group' in option) continue;
    const path = (option as Partial<UnitOption>).path ?? '';
    if (hasEveryWord(`${option.label} ${path}`, folded)) found.push(option);
  }
  return found;
}
