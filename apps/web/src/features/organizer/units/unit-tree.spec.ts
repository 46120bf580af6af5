import type { UnitNode } from '@contest/contracts';

import {
  ancestryOf,
  buildUnitForest,
  filterUnitForest,
  subtreeIds,
  unitsWithChildren,
  visibleUnitRows,
} from './unit-tree';

const unit = (id: number, name: string, parentId: number | null, code = `U${id}`): UnitNode => ({
  id,
  code,
  name,
  level: 'other',
  parentId,
  headcount: null,
  accounts: 0,
  rosterEntries: 0,
  rosterEntriesToMove: 0,
});

// Quảng An province: two departments, a district with two communes.
const units = [
  unit(1, 'Tỉnh Quảng An', null, 'QA'),
  unit(4, 'UBND huyện Đông Hà', 1),
  unit(2, 'Sở Nội vụ', 1, 'SNV'),
  unit(3, 'Sở Giáo dục và Đào tạo', 1),
  unit(5, 'Xã Đông Phú', 4),
  unit(6, 'Xã An Bình', 4),
  unit(7, 'Phòng Nội vụ', 4),
];

const names = (rows: { unit: UnitNode }[]) => rows.map((row) => row.unit.name);

describe('buildUnitForest', () => {
  it('hangs each unit under its parent, siblings by name', () => {
    const [root] = buildUnitForest(units);
    expect(root.unit.id).toBe(1);
    expect(root.children.map((child) => child.unit.name)).toEqual([
      'Sở Giáo dục và Đào tạo',
      'Sở Nội vụ',
      'UBND huyện Đông Hà',
    ]);
    expect(root.children[2].children.map((child) => child.unit.id)).toEqual([7, 6, 5]);
  });

  it('makes a unit whose parent is not listed a root instead of losing it', () => {
    const forest = buildUnitForest([unit(1, 'A', null), unit(9, 'Orphan', 42)]);
    expect(forest.map((item) => item.unit.id)).toEqual([1, 9]);
  });
});

describe('visibleUnitRows', () => {
  const forest = buildUnitForest(units);

  it('shows children only under expanded units, with their depth', () => {
    expect(names(visibleUnitRows(forest, new Set()))).toEqual(['Tỉnh Quảng An']);
    const rows = visibleUnitRows(forest, new Set([1, 4]));
    expect(rows.map((row) => [row.unit.id, row.depth])).toEqual([
      [1, 0],
      [3, 1],
      [2, 1],
      [4, 1],
      [7, 2],
      [6, 2],
      [5, 2],
    ]);
    expect(rows.find((row) => row.unit.id === 4)).toMatchObject({ childCount: 3, expanded: true });
  });

  it('does not mark a leaf as expanded even when its id is in the set', () => {
    expect(visibleUnitRows(forest, new Set([1, 2])).find((row) => row.unit.id === 2)?.expanded).toBe(false);
  });
});

describe('filterUnitForest', () => {
  const forest = buildUnitForest(units);

  it('finds a unit typed without diacritics, with the way down to it opened', () => {
    const found = filterUnitForest(forest, 'dong phu');
    expect(found.matches).toBe(1);
    const rows = visibleUnitRows(found.forest, found.open);
    expect(names(rows)).toEqual(['Tỉnh Quảng An', 'UBND huyện Đông Hà', 'Xã Đông Phú']);
    // The district shows one child, but still says it has three sub-units.
    expect(rows[1]).toMatchObject({ childCount: 1, subUnits: 3 });
  });

  it('keeps the whole subtree of a matching unit, to open on demand', () => {
    const found = filterUnitForest(forest, 'ĐÔNG HÀ');
    const district = found.forest[0].children[0];
    expect(district.unit.id).toBe(4);
    expect(district.children).toHaveLength(3);
  });

  it('matches codes too, and every match is counted', () => {
    expect(filterUnitForest(forest, 'snv').matches).toBe(1);
    expect(filterUnitForest(forest, 'noi vu').matches).toBe(2);
  });

  it('leaves nothing when nothing matches, and everything for an empty search', () => {
    expect(filterUnitForest(forest, 'không có').forest).toEqual([]);
    expect(filterUnitForest(forest, '  ').forest).toHaveLength(1);
  });
});

describe('subtreeIds', () => {
  it('is the unit and everything under it, the units a move or a merge may not go into', () => {
    expect([...subtreeIds(units, 4)].sort()).toEqual([4, 5, 6, 7]);
    expect([...subtreeIds(units, 2)]).toEqual([2]);
    expect(subtreeIds(units, 1).size).toBe(units.length);
  });
});

describe('unitsWithChildren and ancestryOf', () => {
  it('lists the units that can open, and a unit’s parents from the top', () => {
    expect([...unitsWithChildren(units)].sort()).toEqual([1, 4]);
    expect(ancestryOf(units, units[4])).toEqual(['Tỉnh Quảng An', 'UBND huyện Đông Hà']);
    expect(ancestryOf(units, units[0])).toEqual([]);
  });
});
