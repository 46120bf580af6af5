import type { UnitNode } from '@contest/contracts';

import { checkHeadcount, checkNewUnit, checkUnitUpdate, emptyUnitForm, unitFormOf } from './unit-form';

const district: UnitNode = {
  id: 4,
  code: 'DH',
  name: 'UBND huyện Đông Hà',
  level: 'district',
  parentId: 1,
  headcount: 120,
  accounts: 3,
  rosterEntries: 40,
  rosterEntriesToMove: 40,
};

describe('checkNewUnit', () => {
  it('sends a complete unit under the chosen parent with the contest’s headcount', () => {
    const form = { ...emptyUnitForm(district), code: ' XDP ', name: 'Xã Đông Phú', headcount: 35 as const };
    expect(form.level).toBe('commune');
    expect(checkNewUnit(form, 7)).toEqual({
      ok: true,
      body: { code: 'XDP', name: 'Xã Đông Phú', level: 'commune', parentId: 4, contestId: 7, headcount: 35 },
    });
  });

  it('names each field to fix: a code with spaces, a missing level, no headcount', () => {
    const result = checkNewUnit({ code: 'X D', name: 'Xã', level: null, parentId: null, headcount: '' }, 7);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.sort()).toEqual(['code', 'headcount', 'level']);
  });
});

describe('checkUnitUpdate', () => {
  it('sends only what changed, so a rename does not move the unit', () => {
    expect(checkUnitUpdate(district, { ...unitFormOf(district), name: 'UBND thị xã Đông Hà ' })).toEqual({
      ok: true,
      body: { name: 'UBND thị xã Đông Hà' },
    });
    expect(checkUnitUpdate(district, { ...unitFormOf(district), parentId: null })).toEqual({
      ok: true,
      body: { parentId: null },
    });
  });

  it('sends nothing when nothing changed, and refuses a one-letter name', () => {
    expect(checkUnitUpdate(district, unitFormOf(district))).toBeNull();
    expect(checkUnitUpdate(district, { ...unitFormOf(district), name: 'X' })).toEqual({
      ok: false,
      problems: ['name'],
    });
  });
});

describe('checkHeadcount', () => {
  it('takes a whole number from 0, and nothing else', () => {
    expect(checkHeadcount(0, 7)).toBe(0);
    expect(checkHeadcount(250, 7)).toBe(250);
    expect(checkHeadcount('', 7)).toBeNull();
    expect(checkHeadcount(-1, 7)).toBeNull();
    expect(checkHeadcount(2.5, 7)).toBeNull();
  });
});
