import type { RosterEntry } from '@contest/contracts';

import { filterRoster } from './roster';

const entry = (id: number, fullName: string, unitName: string, phone: string | null, email: string | null) =>
  ({ id, fullName, phone, email, unitId: 1, unitName, userId: null }) satisfies RosterEntry;

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
