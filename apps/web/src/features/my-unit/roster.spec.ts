import type { RosterEntry } from '@contest/contracts';

import { conflictCount, filterRoster, rosterAccountState } from './roster';

const entry = (id: number, fullName: string, unitName: string, phone: string | null, email: string | null) =>
  ({
    id,
    fullName,
    phone,
    email,
    unitId: 1,
    unitName,
    userId: null,
    accountConflict: null,
  }) satisfies RosterEntry;

const entries = [
  entry(1, 'Nguyễn Văn Xuân', 'Phòng Tổ chức', '0912000001', null),
  entry(2, 'Trần Thị Bích', 'Văn phòng Sở', null, 'bich@quangan.gov.vn'),
];

describe('filterRoster', () => {
  it('finds by name without diacritics, by phone, e-mail or sub-unit', () => {
    expect(filterRoster(entries, 'nguyen van').map((e) => e.id)).toEqual([1]);
    expect(filterRoster(entries, '0912').map((e) => e.id)).toEqual([1]);
    expect(filterRoster(entries, 'BICH@').map((e) => e.id)).toEqual([2]);
    expect(filterRoster(entries, 'van phong').map((e) => e.id)).toEqual([2]);
  });

  it('keeps everyone for an empty search and no one for a miss', () => {
    expect(filterRoster(entries, '  ')).toHaveLength(2);
    expect(filterRoster(entries, 'hoang')).toHaveLength(0);
  });
});

describe('rosterAccountState', () => {
  const otherUnit = { reason: 'other_unit', unitName: 'Sở Tư pháp' } as const;

  it('tells a linked account, an account left unlinked by a conflict, and nobody registered apart', () => {
    expect(rosterAccountState({ userId: 7, accountConflict: null })).toEqual({ kind: 'linked' });
    expect(rosterAccountState({ userId: null, accountConflict: otherUnit })).toEqual({
      kind: 'conflict',
      conflict: otherUnit,
    });
    expect(rosterAccountState({ userId: null, accountConflict: null })).toEqual({ kind: 'none' });
  });

  it('never calls someone with an account "not registered", and counts them for the summary', () => {
    const list = [
      { userId: null, accountConflict: otherUnit },
      { userId: 3, accountConflict: null },
      { userId: null, accountConflict: null },
      { userId: null, accountConflict: { reason: 'linked_elsewhere', unitName: 'Sở Y tế' } as const },
    ];
    expect(list.filter((e) => rosterAccountState(e).kind === 'none')).toHaveLength(1);
    expect(conflictCount(list)).toBe(2);
  });
});
