import type { UnitNode } from '@contest/contracts';

import { foldedOptionsFilter, unitOptions } from './unit-options';

const unit = (id: number, name: string, parentId: number | null): UnitNode => ({
  id,
  code: `U${id}`,
  name,
  level: 'other',
  parentId,
  headcount: 10,
  accounts: 0,
  rosterEntries: 0,
  rosterEntriesToMove: 0,
});

const units = [
  unit(1, 'Tỉnh Quảng An', null),
  unit(2, 'UBND huyện Đông Hà', 1),
  unit(3, 'Phòng Nội vụ', 2),
  unit(4, 'UBND huyện Tây Sơn', 1),
  unit(5, 'Phòng Nội vụ', 4),
];

describe('unitOptions', () => {
  it('lists units in tree order with where each sits, leaving out the excluded ones', () => {
    const options = unitOptions(units, new Set([4, 5]));
    expect(options.map((option) => option.value)).toEqual(['1', '2', '3']);
    expect(options[2]).toEqual({
      value: '3',
      label: 'Phòng Nội vụ (U3)',
      path: 'Tỉnh Quảng An › UBND huyện Đông Hà',
    });
  });
});

describe('foldedOptionsFilter', () => {
  const options = unitOptions(units);

  it('finds units without diacritics and tells two of the same name apart by their parent', () => {
    const found = foldedOptionsFilter({ options, search: 'noi vu tay son', limit: 10 });
    expect(found.map((option) => ('value' in option ? option.value : ''))).toEqual(['5']);
    const byName = foldedOptionsFilter({ options, search: 'phong noi vu', limit: 10 });
    expect(byName.map((option) => ('value' in option ? option.value : ''))).toEqual(['3', '5']);
    const byParent = foldedOptionsFilter({ options, search: 'tay son', limit: 10 });
    expect(byParent.map((option) => ('value' in option ? option.value : ''))).toEqual(['4', '5']);
  });

  it('stops at the limit', () => {
    expect(foldedOptionsFilter({ options, search: '', limit: 2 })).toHaveLength(2);
    expect(foldedOptionsFilter({ options, search: 'u', limit: 1 })).toHaveLength(1);
  });
});
