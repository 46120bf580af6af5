import { PERSON_STATUSES, type PersonStatus, type UnitPeople, type UnitPerson } from '@contest/contracts';
import { foldForSearch } from '@contest/domain';

export type StatusCounts = Record<PersonStatus, number>;

export interface PeopleFilter {
  /** null: every status. */
  status: PersonStatus | null;
  /** null: the whole subtree. */
  subUnitId: number | null;
  search: string;
}

export const NO_FILTER: PeopleFilter = { status: null, subUnitId: null, search: '' };

export interface SubUnitGroup {
  unitId: number;
  unitName: string;
  people: UnitPerson[];
  counts: StatusCounts;
  /** Someone of this unit is on a roster: only then is "not on the roster" worth saying. */
  hasRoster: boolean;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base' });

export function countByStatus(people: readonly UnitPerson[]): StatusCounts {
  const counts = Object.fromEntries(PERSON_STATUSES.map((status) => [status, 0])) as StatusCounts;
  for (const person of people) counts[person.status] += 1;
  return counts;
}

/** The round's participation rate: taken part ÷ headcount; null with no headcount to divide by. */
export function roundParticipationRate(data: Pick<UnitPeople, 'headcount' | 'counts'>): number | null {
  return data.headcount > 0 ? data.counts.takenPart / data.headcount : null;
}

/** Name or contact, diacritics ignored, so "nguyen van" finds "Nguyễn Văn A" and a phone number finds its owner. */
export function filterPeople(people: readonly UnitPerson[], filter: PeopleFilter): UnitPerson[] {
  const needle = foldForSearch(filter.search);
  return people.filter(
    (person) =>
      (filter.status === null || person.status === filter.status) &&
      (filter.subUnitId === null || person.unitId === filter.subUnitId) &&
      (needle === '' ||
        foldForSearch(person.fullName).includes(needle) ||
        (person.contact !== null && foldForSearch(person.contact).includes(needle))),
  );
}

/**
 * People by the sub-unit they belong to: the unit itself first, then its sub-units by name; each
 * group's people by name, so the same list prints in the same order every time.
 */
export function groupBySubUnit(people: readonly UnitPerson[], rootUnitId: number): SubUnitGroup[] {
  const groups = new Map<number, SubUnitGroup>();
  for (const person of people) {
    let group = groups.get(person.unitId);
    if (!group) {
      group = {
        unitId: person.unitId,
        unitName: person.unitName,
        people: [],
        counts: countByStatus([]),
        hasRoster: false,
      };
      groups.set(person.unitId, group);
    }
    group.people.push(person);
    group.counts[person.status] += 1;
    if (person.rosterEntryId !== null) group.hasRoster = true;
  }
  for (const group of groups.values()) group.people.sort((a, b) => collator.compare(a.fullName, b.fullName));
  return [...groups.values()].sort(
    (a, b) =>
      Number(b.unitId === rootUnitId) - Number(a.unitId === rootUnitId) ||
      collator.compare(a.unitName, b.unitName),
  );
}

/** The sub-units that have anyone listed, in the order the groups are shown, for the filter. */
export function subUnitChoices(
  people: readonly UnitPerson[],
  rootUnitId: number,
): { unitId: number; unitName: string; count: number }[] {
  return groupBySubUnit(people, rootUnitId).map(({ unitId, unitName, people: members }) => ({
    unitId,
    unitName,
    count: members.length,
  }));
}

/**
 * The "not yet" people as plain text to paste into a message: a heading, then each sub-unit with
 * its count and its people numbered one per line, with the roster's phone or e-mail when known.
 * Empty when everyone has taken part or started.
 */
export function notYetListText(people: readonly UnitPerson[], rootUnitId: number, heading: string): string {
  const groups = groupBySubUnit(
    people.filter((person) => person.status === 'not_yet'),
    rootUnitId,
  );
  if (groups.length === 0) return '';
  const blocks = groups.map((group) =>
    [
      `${group.unitName} (${group.people.length})`,
      ...group.people.map(
        (person, index) => `${index + 1}. ${person.fullName}${person.contact ? ` — ${person.contact}` : ''}`,
      ),
    ].join('\n'),
  );
  return [heading, ...blocks].join('\n\n');
}

/** One page of people, still grouped, with each group's counts over the whole filtered list. */
export function pageOfGroups(
  groups: readonly SubUnitGroup[],
  page: number,
  pageSize: number,
): SubUnitGroup[] {
  const start = (page - 1) * pageSize;
  const end = start + pageSize;
  const shown: SubUnitGroup[] = [];
  let offset = 0;
  for (const group of groups) {
    const from = Math.max(start - offset, 0);
    const to = Math.min(end - offset, group.people.length);
    if (from < to) shown.push({ ...group, people: group.people.slice(from, to) });
    offset += group.people.length;
    if (offset >= end) break;
  }
  return shown;
}

/** A stable React key for a person: a roster entry, an account, or both. */
export const personKey = (person: UnitPerson): string =>
  `${person.rosterEntryId ?? '-'}:${person.userId ?? '-'}:${person.unitId}`;
