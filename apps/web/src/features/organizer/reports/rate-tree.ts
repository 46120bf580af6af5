import type { UnitFigures } from '@contest/contracts';

export interface RateTreeItem {
  unit: UnitFigures;
  children: RateTreeItem[];
}

/**
 * The report's units as today's tree, each with its subtree's figures; siblings lowest rate first,
 * so the branches needing a push come to the top (units without a rate last).
 */
export function buildRateTree(units: readonly UnitFigures[]): RateTreeItem[] {
  const items = new Map(units.map((unit) => [unit.unitId, { unit, children: [] as RateTreeItem[] }]));
  const roots: RateTreeItem[] = [];
  for (const item of items.values()) {
    const parent = item.unit.parentId === null ? undefined : items.get(item.unit.parentId);
    (parent ? parent.children : roots).push(item);
  }
  const order = (a: RateTreeItem, b: RateTreeItem) => {
    const [x, y] = [a.unit.participationRate, b.unit.participationRate];
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return x - y;
    }
    return a.unit.name.localeCompare(b.unit.name, 'vi');
  };
  for (const item of items.values()) item.children.sort(order);
  return roots.sort(order);
}

export interface RateRow {
  unit: UnitFigures;
  depth: number;
  childCount: number;
  expanded: boolean;
}

export function visibleRateRows(forest: readonly RateTreeItem[], expanded: ReadonlySet<number>): RateRow[] {
  const rows: RateRow[] = [];
  const walk = (items: readonly RateTreeItem[], depth: number) => {
    for (const item of items) {
      const isOpen = item.children.length > 0 && expanded.has(item.unit.unitId);
      rows.push({ unit: item.unit, depth, childCount: item.children.length, expanded: isOpen });
      if (isOpen) walk(item.children, depth + 1);
    }
  };
  walk(forest, 0);
  return rows;
}
