import type { RosterEntry } from '@contest/contracts';
import { Badge, Card, Group, Pagination, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useNarrowScreen } from '../../shared/use-narrow-screen';
import { NO_FIGURE } from './figures';
import { filterRoster } from './roster';

const PAGE_SIZE = 100;

export function RosterList({ entries }: { entries: readonly RosterEntry[] }) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const deferredSearch = useDeferredValue(search);
  const shown = useMemo(() => filterRoster(entries, deferredSearch), [entries, deferredSearch]);
  const pageCount = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const currentPage = Math.min(page, pageCount);
  const rows = shown.slice((currentPage - 1) * PAGE_SIZE, currentPage * PAGE_SIZE);

  if (entries.length === 0) {
    return (
      <Text c="dimmed" py="md" data-testid="roster-empty">
        {t('myUnit.roster.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <TextInput
        label={t('myUnit.roster.search')}
        placeholder={t('myUnit.roster.searchPlaceholder')}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setPage(1);
        }}
        maw={480}
        data-testid="roster-search"
      />
      {rows.length === 0 ? (
        <Text c="dimmed">{t('myUnit.people.noMatch')}</Text>
      ) : narrow ? (
        <RosterCards entries={rows} />
      ) : (
        <RosterRows entries={rows} />
      )}
      {pageCount > 1 && (
        <Pagination total={pageCount} value={currentPage} onChange={setPage} size="sm" siblings={1} />
      )}
    </Stack>
  );
}

function LinkedBadge({ entry }: { entry: RosterEntry }) {
  const { t } = useTranslation();
  return entry.userId === null ? (
    <Badge color="gray" variant="light" style={{ flexShrink: 0 }}>
      {t('myUnit.roster.notLinked')}
    </Badge>
  ) : (
    <Badge color="teal" variant="light" style={{ flexShrink: 0 }}>
      {t('myUnit.roster.linked')}
    </Badge>
  );
}

function RosterRows({ entries }: { entries: readonly RosterEntry[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing={4} data-testid="roster-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('myUnit.people.name')}</Table.Th>
            <Table.Th>{t('myUnit.roster.phone')}</Table.Th>
            <Table.Th>{t('myUnit.roster.email')}</Table.Th>
            <Table.Th>{t('myUnit.roster.subUnit')}</Table.Th>
            <Table.Th>{t('myUnit.roster.account')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id} data-testid="roster-row" data-linked={entry.userId !== null}>
              <Table.Td>{entry.fullName}</Table.Td>
              <Table.Td>{entry.phone ?? NO_FIGURE}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-all' }}>{entry.email ?? NO_FIGURE}</Table.Td>
              <Table.Td>{entry.unitName}</Table.Td>
              <Table.Td>
                <LinkedBadge entry={entry} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RosterCards({ entries }: { entries: readonly RosterEntry[] }) {
  return (
    <Stack gap="xs" data-testid="roster-cards">
      {entries.map((entry) => (
        <Card
          key={entry.id}
          withBorder
          padding="xs"
          data-testid="roster-row"
          data-linked={entry.userId !== null}
        >
          <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm" fw={500}>
                {entry.fullName}
              </Text>
              <Text size="xs" c="dimmed">
                {entry.unitName}
              </Text>
              {[entry.phone, entry.email]
                .filter((contact): contact is string => contact !== null)
                .map((contact) => (
                  <Text key={contact} size="xs" style={{ wordBreak: 'break-all' }}>
                    {contact}
                  </Text>
                ))}
            </Stack>
            <LinkedBadge entry={entry} />
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
