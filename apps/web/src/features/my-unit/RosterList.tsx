import type { RosterEntry } from '@contest/contracts';
import { Badge, Card, Pagination, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useNarrowScreen } from '../../shared/use-narrow-screen';
import { NO_FIGURE } from './figures';
import { filterRoster, rosterAccountState } from './roster';

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

/** The account's state; for an account left unlinked, where it is and why, in words under the badge. */
function AccountCell({ entry }: { entry: RosterEntry }) {
  const { t } = useTranslation();
  const state = rosterAccountState(entry);
  if (state.kind === 'linked')
    return (
      <Badge color="teal" variant="light">
        {t('myUnit.roster.linked')}
      </Badge>
    );
  if (state.kind === 'none')
    return (
      <Badge color="gray" variant="light">
        {t('myUnit.roster.notLinked')}
      </Badge>
    );
  const { reason, unitName } = state.conflict;
  return (
    <Stack gap={2} align="flex-start" data-testid="roster-conflict" data-reason={reason}>
      <Badge color="orange" variant="light">
        {t(`myUnit.roster.conflict.badge.${reason}`)}
      </Badge>
      <Text size="xs" c="orange.9" style={{ overflowWrap: 'anywhere' }}>
        {t(`myUnit.roster.conflict.detail.${reason}`, { unit: unitName })}
      </Text>
    </Stack>
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
            <Table.Th w={250}>{t('myUnit.roster.account')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr
              key={entry.id}
              data-testid="roster-row"
              data-linked={entry.userId !== null}
              data-account={rosterAccountState(entry).kind}
            >
              <Table.Td>{entry.fullName}</Table.Td>
              <Table.Td>{entry.phone ?? NO_FIGURE}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-all' }}>{entry.email ?? NO_FIGURE}</Table.Td>
              <Table.Td>{entry.unitName}</Table.Td>
              <Table.Td>
                <AccountCell entry={entry} />
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
          data-account={rosterAccountState(entry).kind}
        >
          <Stack gap={6}>
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
            <AccountCell entry={entry} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
