import type { MergedUnit, UnitNode } from '@contest/contracts';

import { mergedUnitLines } from './merged-units';

const live = [{ id: 10, name: 'Xã Đông Phú Mới' } as UnitNode];
const merged = (id: number, name: string, mergedIntoId: number, mergedAt: string): MergedUnit => ({
  id,
  code: `M${id}`,
  name,
  level: 'commune',
  mergedIntoId,
  successorId: 10,
  mergedAt,
});

describe('mergedUnitLines', () => {
  it('names the unit each went into and, through a chain of merges, where its history counts now', () => {
    const lines = mergedUnitLines(
      [
        merged(20, 'Xã Đông Phú', 10, '2026-01-05T00:00:00Z'),
        merged(21, 'Xã An Phú', 20, '2025-12-01T00:00:00Z'),
      ],
      live,
    );
    expect(lines.map((line) => [line.unit.id, line.intoName, line.successorName])).toEqual([
      [20, 'Xã Đông Phú Mới', null],
      [21, 'Xã Đông Phú', 'Xã Đông Phú Mới'],
    ]);
  });
});
