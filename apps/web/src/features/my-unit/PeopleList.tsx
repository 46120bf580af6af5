import type { UnitPerson } from '@contest/contracts';
import { Card, Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useNarrowScreen } from '../../shared/use-narrow-screen';
import { NO_FIGURE, countText } from './figures';
import { pageOfGroups, personKey, type SubUnitGroup } from './people';
import { PersonStatusBadge } from './StatusBadge';

const PAGE_SIZE = 100;

interface PeopleListProps {
  groups: readonly SubUnitGroup[];
  /** People after the filters. */
  total: number;
  /** People listed in the round at all. */
  listed: number;
}

/** Paged, since a province's subtree can hold thousands of people; grouped by sub-unit on every page. */
export function PeopleList({ groups, total, listed }: PeopleListProps) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  const [page, setPage] = useState(1);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const currentPage = Math.min(page, pageCount);
  const shown = pageOfGroups(groups, currentPage, PAGE_SIZE);

  if (total === 0) {
    return (
      <Text c="dimmed" py="md" data-testid="people-empty">
        {listed === 0 ? t('myUnit.people.nobodyListed') : t('myUnit.people.noMatch')}
      </Text>
    );
  }
  return (
    <Stack gap="sm" data-testid="people-list">
      {narrow ? <PeopleCards groups={shown} /> : <PeopleTable groups={shown} />}
      {pageCount > 1 && (
        <Pagination total={pageCount} value={currentPage} onChange={setPage} size="sm" siblings={1} />
      )}
    </Stack>
  );
}

function GroupHeading({ group }: { group: SubUnitGroup }) {
  const { t, i18n } = useTranslation();
  const members = group.counts.taken_part + group.counts.in_progress + group.counts.not_yet;
  return (
    <Group justify="space-between" gap="xs" wrap="wrap">
      <Text fw={600} size="sm">
        {group.unitName}
      </Text>
      <Text size="xs" c="dimmed">
        {t('myUnit.people.groupCounts', {
          takenPart: countText(group.counts.taken_part, i18n.language),
          total: countText(members, i18n.language),
        })}
      </Text>
    </Group>
  );
}

/**
 * Why someone may be missing: not registered yet, or registered but not on the roster (said only
 * where the person's unit has a roster, or every account of a unit without one would carry it).
 */
function PersonNote({ person, hasRoster }: { person: UnitPerson; hasRoster: boolean }) {
  const { t } = useTranslation();
  if (person.userId === null)
    return (
      <Text size="xs" c="orange.8">
        {t('myUnit.people.noAccount')}
      </Text>
    );
  if (person.rosterEntryId === null && hasRoster)
    return (
      <Text size="xs" c="dimmed">
        {t('myUnit.people.notOnRoster')}
      </Text>
    );
  return null;
}

interface GroupsProps {
  groups: readonly SubUnitGroup[];
}

function PeopleTable({ groups }: GroupsProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={6} data-testid="people-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('myUnit.people.name')}</Table.Th>
            <Table.Th>{t('myUnit.people.contact')}</Table.Th>
            <Table.Th>{t('myUnit.people.status')}</Table.Th>
            <Table.Th ta="right">{t('myUnit.people.attempts')}</Table.Th>
            <Table.Th ta="right">{t('myUnit.people.score')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {groups.map((group) => (
          <Table.Tbody key={group.unitId} data-testid="people-group" data-unit-id={group.unitId}>
            <Table.Tr bg="var(--mantine-color-default-hover)">
              <Table.Td colSpan={5}>
                <GroupHeading group={group} />
              </Table.Td>
            </Table.Tr>
            {group.people.map((person) => (
              <Table.Tr key={personKey(person)} data-testid="person-row" data-status={person.status}>
                <Table.Td>
                  <Text size="sm" data-testid="person-name">
                    {person.fullName}
                  </Text>
                  <PersonNote person={person} hasRoster={group.hasRoster} />
                </Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    c={person.contact ? undefined : 'dimmed'}
                    style={{ wordBreak: 'break-all' }}
                  >
                    {person.contact ?? NO_FIGURE}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <PersonStatusBadge status={person.status} />
                </Table.Td>
                <Table.Td ta="right">{person.attempts}</Table.Td>
                <Table.Td ta="right">{person.score ?? NO_FIGURE}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        ))}
      </Table>
    </Table.ScrollContainer>
  );
}

function PeopleCards({ groups }: GroupsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="people-cards">
      {groups.map((group) => (
        <Stack key={group.unitId} gap={6} data-testid="people-group" data-unit-id={group.unitId}>
          <GroupHeading group={group} />
          {group.people.map((person) => (
            <Card
              key={personKey(person)}
              withBorder
              padding="xs"
              data-testid="person-row"
              data-status={person.status}
            >
              <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} data-testid="person-name">
                    {person.fullName}
                  </Text>
                  {person.contact && (
                    <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                      {person.contact}
                    </Text>
                  )}
                  <PersonNote person={person} hasRoster={group.hasRoster} />
                </Stack>
                <PersonStatusBadge status={person.status} />
              </Group>
              {person.attempts > 0 && (
                <Group gap="md" mt={4}>
                  <Text size="xs">
                    {t('myUnit.people.attempts')}: <b>{person.attempts}</b>
                  </Text>
                  <Text size="xs">
                    {t('myUnit.people.score')}: <b>{person.score ?? NO_FIGURE}</b>
                  </Text>
                </Group>
              )}
            </Card>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
