import type { UnitNode } from '@contest/contracts';
import { foldForSearch } from '@contest/domain';

export interface UnitTreeItem {
  unit: UnitNode;
  children: UnitTreeItem[];
  /** All its direct sub-units, also while a search shows only some of them. */
  subUnits: number;
}

/** One line of the tree as drawn: its depth for the indent, and whether it can open. */
export interface UnitRow {
  unit: UnitNode;
  depth: number;
  /** Children shown when it opens (fewer than its sub-units during a search). */
  childCount: number;
  subUnits: number;
  expanded: boolean;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const byName = (a: UnitTreeItem, b: UnitTreeItem) => collator.compare(a.unit.name, b.unit.name);

/** The flat list as a forest, siblings by name; a unit whose parent is not in the list becomes a root. */
export function buildUnitForest(units: readonly UnitNode[]): UnitTreeItem[] {
  const items = new Map(
    units.map((unit) => [unit.id, { unit, children: [] as UnitTreeItem[], subUnits: 0 }]),
  );
  const roots: UnitTreeItem[] = [];
  for (const item of items.values()) {
    const parent = item.unit.parentId === null ? undefined : items.get(item.unit.parentId);
    (parent ? parent.children : roots).push(item);
  }
  for (const item of items.values()) {
    item.children.sort(byName);
    item.subUnits = item.children.length;
  }
  return roots.sort(byName);
}

/** Every word of the search, already folded, is somewhere in the text: "noi vu dong ha" finds "Phòng Nội vụ, Đông Hà". */
export function hasEveryWord(text: string, foldedQuery: string): boolean {
  const folded = foldForSearch(text);
  return foldedQuery.split(' ').every((word) => folded.includes(word));
}

export const unitMatches = (unit: Pick<UnitNode, 'name' | 'code'>, foldedQuery: string): boolean =>
  hasEveryWord(`${unit.name} ${unit.code}`, foldedQuery);

/**
 * The units matching a search (name or code, diacritics ignored) with the way down to them:
 * a match keeps its whole subtree, an ancestor keeps only the branches leading to a match.
 * `open` holds the ancestors to expand so that every match shows.
 */
export function filterUnitForest(
  forest: readonly UnitTreeItem[],
  query: string,
): { forest: UnitTreeItem[]; open: Set<number>; matches: number } {
  const folded = foldForSearch(query);
  if (!folded) return { forest: [...forest], open: new Set(), matches: 0 };
  const open = new Set<number>();
  let matches = 0;
  const keep = (item: UnitTreeItem): UnitTreeItem | null => {
    const children = item.children.map(keep).filter((child): child is UnitTreeItem => child !== null);
    if (unitMatches(item.unit, folded)) {
      matches += 1;
      if (children.length > 0) open.add(item.unit.id);
      return item;
    }
    if (children.length === 0) return null;
    open.add(item.unit.id);
    return { ...item, children };
  };
  return { forest: forest.map(keep).filter((item): item is UnitTreeItem => item !== null), open, matches };
}

/** The lines to draw: a unit's children follow it only while it is expanded. */
export function visibleUnitRows(forest: readonly UnitTreeItem[], expanded: ReadonlySet<number>): UnitRow[] {
  const rows: UnitRow[] = [];
  const walk = (items: readonly UnitTreeItem[], depth: number) => {
    for (const item of items) {
      const isOpen = item.children.length > 0 && expanded.has(item.unit.id);
      rows.push({
        unit: item.unit,
        depth,
        childCount: item.children.length,
        subUnits: item.subUnits,
        expanded: isOpen,
      });
      if (isOpen) walk(item.children, depth + 1);
    }
  };
  walk(forest, 0);
  return rows;
}

/** Ids of the units that have sub-units, e.g. to expand everything. */
export function unitsWithChildren(units: readonly UnitNode[]): Set<number> {
  return new Set(units.flatMap((unit) => (unit.parentId === null ? [] : [unit.parentId])));
}

/** A unit and everything under it: where it may not move to, nor be merged into. */
export function subtreeIds(units: readonly UnitNode[], rootId: number): Set<number> {
  const childrenOf = new Map<number, number[]>();
  for (const unit of units) {
    if (unit.parentId === null) continue;
    childrenOf.set(unit.parentId, [...(childrenOf.get(unit.parentId) ?? []), unit.id]);
  }
  const ids = new Set<number>([rootId]);
  const stack = [rootId];
  while (stack.length > 0) {
    for (const child of childrenOf.get(stack.pop() as number) ?? []) {
      if (!ids.has(child)) {
        ids.add(child);
        stack.push(child);
      }
    }
  }
  return ids;
}

/** Names from the root down to the unit's parent, to tell apart two "Phòng Nội vụ". */
export function ancestryOf(units: readonly UnitNode[], unit: UnitNode): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const names: string[] = [];
  const seen = new Set<number>();
  let parentId = unit.parentId;
  while (parentId !== null && !seen.has(parentId)) {
    seen.add(parentId);
    const parent = byId.get(parentId);
    if (!parent) break;
    names.unshift(parent.name);
    parentId = parent.parentId;
  }
  return names;
}
