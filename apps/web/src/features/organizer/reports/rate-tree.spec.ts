import type { UnitFigures } from '@contest/contracts';

import { buildRateTree, visibleRateRows } from './rate-tree';

const unit = (unitId: number, parentId: number | null, participationRate: number | null) =>
  ({ unitId, parentId, participationRate, name: `Đơn vị ${unitId}` }) as UnitFigures;

describe('buildRateTree', () => {
  it('nests sub-units under their parent, lowest rate first and units without a rate last', () => {
    const tree = buildRateTree([
      unit(1, null, 0.6),
      unit(2, 1, 0.8),
      unit(3, 1, null),
      unit(4, 1, 0.2),
      unit(5, 4, 0.1),
    ]);
    expect(tree.map((item) => item.unit.unitId)).toEqual([1]);
    expect(tree[0].children.map((item) => item.unit.unitId)).toEqual([4, 2, 3]);
    expect(tree[0].children[0].children.map((item) => item.unit.unitId)).toEqual([5]);
  });

  it('keeps a unit whose parent is not in the report as a root', () => {
    expect(buildRateTree([unit(7, 99, 0.5)]).map((item) => item.unit.unitId)).toEqual([7]);
  });
});

describe('visibleRateRows', () => {
  it('shows a branch only once it is opened', () => {
    const tree = buildRateTree([unit(1, null, 0.6), unit(2, 1, 0.8), unit(4, 1, 0.2), unit(5, 4, 0.1)]);
    expect(visibleRateRows(tree, new Set()).map((row) => row.unit.unitId)).toEqual([1]);
    expect(visibleRateRows(tree, new Set([1, 4])).map((row) => [row.unit.unitId, row.depth])).toEqual([
      [1, 0],
      [4, 1],
      [5, 2],
      [2, 1],
    ]);
  });
});
