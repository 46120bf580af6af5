import type { UnitParticipation } from '@contest/contracts';
import { Pagination, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useNarrowScreen } from '../../shared/use-narrow-screen';
import { MemberCards } from './MemberCards';

export type Member = UnitParticipation['participants'][number];

const PAGE_SIZE = 50;

interface MembersTableProps {
  members: readonly Member[];
  withResults: boolean;
  testId: string;
}

/** Paged, since a large unit's subtree can hold thousands of accounts. */
export function MembersTable({ members, withResults, testId }: MembersTableProps) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  const [page, setPage] = useState(1);
  const pageCount = Math.max(1, Math.ceil(members.length / PAGE_SIZE));
  const currentPage = Math.min(page, pageCount);
  const rows = members.slice((currentPage - 1) * PAGE_SIZE, currentPage * PAGE_SIZE);

  if (members.length === 0) {
    return (
      <Text c="dimmed" py="md">
        {t('myUnit.noMembers')}
      </Text>
    );
  }

  return (
    <Stack gap="sm">
      {narrow ? (
        <MemberCards members={rows} withResults={withResults} testId={testId} />
      ) : (
        <MembersRows members={rows} withResults={withResults} testId={testId} />
      )}
      {pageCount > 1 && (
        <Pagination total={pageCount} value={currentPage} onChange={setPage} size="sm" siblings={1} />
      )}
    </Stack>
  );
}

function MembersRows({ members, withResults, testId }: MembersTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={withResults ? 560 : 360}>
      <Table striped verticalSpacing="xs" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('myUnit.columns.name')}</Table.Th>
            <Table.Th>{t('myUnit.columns.unit')}</Table.Th>
            {withResults && <Table.Th ta="right">{t('myUnit.columns.attempts')}</Table.Th>}
            {withResults && <Table.Th ta="right">{t('myUnit.columns.bestScore')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.userId}>
              <Table.Td>{member.fullName}</Table.Td>
              <Table.Td>{member.unitName}</Table.Td>
              {withResults && <Table.Td ta="right">{member.attempts}</Table.Td>}
              {withResults && <Table.Td ta="right">{member.bestScore ?? '—'}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
