import type { UnitPerson } from '@contest/contracts';

import {
  NO_FILTER,
  countByStatus,
  filterPeople,
  groupBySubUnit,
  notYetListText,
  pageOfGroups,
  roundParticipationRate,
  subUnitChoices,
} from './people';

const ROOT = 1;

let nextId = 1;
function person(
  fullName: string,
  unitId: number,
  status: UnitPerson['status'],
  contact: string | null = null,
) {
  const unitName =
    { 1: 'Sở Nội vụ', 2: 'Phòng Tổ chức', 3: 'Phòng Cải cách hành chính' }[unitId] ?? `Unit ${unitId}`;
  return {
    fullName,
    unitId,
    unitName,
    contact,
    rosterEntryId: nextId++,
    userId: null,
    status,
    attempts: status === 'not_yet' ? 0 : 1,
    score: null,
  } satisfies UnitPerson;
}

const people: UnitPerson[] = [
  person('Trần Thị Bích', 3, 'not_yet', '0912000001'),
  person('Nguyễn Văn Xuân', 2, 'taken_part', 'xuan@quangan.gov.vn'),
  person('Đặng Minh Đức', 1, 'in_progress'),
  person('Lê Văn An', 3, 'not_yet'),
  person('Nguyễn Văn Xanh', 2, 'not_yet', '0912000002'),
  person('Phạm Hồng Nhung', 1, 'not_yet', 'nhung@quangan.gov.vn'),
];

describe('status counts', () => {
  it('counts each status, zero for the ones nobody has', () => {
    expect(countByStatus(people)).toEqual({ taken_part: 1, in_progress: 1, not_yet: 4 });
    expect(countByStatus([])).toEqual({ taken_part: 0, in_progress: 0, not_yet: 0 });
  });

  it('divides taken part by the headcount, null without a headcount', () => {
    const counts = { takenPart: 30, inProgress: 2, notYet: 10, unlisted: 8 };
    expect(roundParticipationRate({ headcount: 50, counts })).toBeCloseTo(0.6);
    expect(roundParticipationRate({ headcount: 0, counts })).toBeNull();
  });
});

describe('filterPeople', () => {
  it('finds a name typed without diacritics', () => {
    expect(filterPeople(people, { ...NO_FILTER, search: 'nguyen van x' }).map((p) => p.fullName)).toEqual([
      'Nguyễn Văn Xuân',
      'Nguyễn Văn Xanh',
    ]);
    expect(filterPeople(people, { ...NO_FILTER, search: 'dang minh duc' })).toHaveLength(1);
  });

  it('finds a person by the contact on the roster', () => {
    expect(filterPeople(people, { ...NO_FILTER, search: '0912000002' }).map((p) => p.fullName)).toEqual([
      'Nguyễn Văn Xanh',
    ]);
  });

  it('keeps only the chosen status and sub-unit, all of them together', () => {
    expect(filterPeople(people, { ...NO_FILTER, status: 'not_yet' })).toHaveLength(4);
    expect(filterPeople(people, { ...NO_FILTER, subUnitId: 2 })).toHaveLength(2);
    expect(
      filterPeople(people, { status: 'not_yet', subUnitId: 2, search: 'nguyen' }).map((p) => p.fullName),
    ).toEqual(['Nguyễn Văn Xanh']);
    expect(filterPeople(people, NO_FILTER)).toHaveLength(people.length);
  });
});

describe('groupBySubUnit', () => {
  it('puts the unit itself first, then sub-units by name, people by name, with counts per group', () => {
    const groups = groupBySubUnit(people, ROOT);
    expect(groups.map((g) => g.unitName)).toEqual([
      'Sở Nội vụ',
      'Phòng Cải cách hành chính',
      'Phòng Tổ chức',
    ]);
    expect(groups[1].people.map((p) => p.fullName)).toEqual(['Lê Văn An', 'Trần Thị Bích']);
    expect(groups[2].counts).toEqual({ taken_part: 1, in_progress: 0, not_yet: 1 });
  });

  it('marks the groups that have anyone on a roster', () => {
    const accountOnly = { ...person('Võ Văn Tài', 4, 'not_yet'), rosterEntryId: null, userId: 99 };
    const groups = groupBySubUnit([...people, accountOnly], ROOT);
    expect(groups.find((g) => g.unitId === 4)?.hasRoster).toBe(false);
    expect(groups.find((g) => g.unitId === 2)?.hasRoster).toBe(true);
  });

  it('lists the sub-units with how many people each holds', () => {
    expect(subUnitChoices(people, ROOT)).toEqual([
      { unitId: 1, unitName: 'Sở Nội vụ', count: 2 },
      { unitId: 3, unitName: 'Phòng Cải cách hành chính', count: 2 },
      { unitId: 2, unitName: 'Phòng Tổ chức', count: 2 },
    ]);
  });
});

describe('notYetListText', () => {
  it('lists only the people not yet taking part, by sub-unit, with contacts when known', () => {
    expect(notYetListText(people, ROOT, 'Chưa tham gia: Tuần 1')).toBe(
      [
        'Chưa tham gia: Tuần 1',
        '',
        'Sở Nội vụ (1)',
        '1. Phạm Hồng Nhung — nhung@quangan.gov.vn',
        '',
        'Phòng Cải cách hành chính (2)',
        '1. Lê Văn An',
        '2. Trần Thị Bích — 0912000001',
        '',
        'Phòng Tổ chức (1)',
        '1. Nguyễn Văn Xanh — 0912000002',
      ].join('\n'),
    );
  });

  it('is empty when nobody is left', () => {
    expect(
      notYetListText(
        people.filter((p) => p.status !== 'not_yet'),
        ROOT,
        'heading',
      ),
    ).toBe('');
  });
});

describe('pageOfGroups', () => {
  const groups = groupBySubUnit(people, ROOT);

  it('cuts a page across groups, keeping each group heading and its full counts', () => {
    const second = pageOfGroups(groups, 2, 3);
    expect(second.map((g) => [g.unitName, g.people.map((p) => p.fullName)])).toEqual([
      ['Phòng Cải cách hành chính', ['Trần Thị Bích']],
      ['Phòng Tổ chức', ['Nguyễn Văn Xanh', 'Nguyễn Văn Xuân']],
    ]);
    expect(second[1].counts.not_yet).toBe(1);
  });

  it('shows everyone once over all pages', () => {
    const shown = [1, 2, 3].flatMap((page) => pageOfGroups(groups, page, 2).flatMap((g) => g.people));
    expect(shown).toHaveLength(people.length);
    expect(new Set(shown).size).toBe(people.length);
  });
});
