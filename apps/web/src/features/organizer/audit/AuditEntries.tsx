import type { AuditEntry } from '@contest/contracts';
import { Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useNarrowScreen } from '../../../shared/use-narrow-screen';
import { AuditCard } from './AuditCard';
import { AuditRow } from './AuditRow';

/** A page of the audit log: a table, or one card per entry on a phone. */
export function AuditEntries({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  if (narrow) {
    return (
      <Stack gap="xs" data-testid="audit-table">
        {entries.map((entry) => (
          <AuditCard key={entry.id} entry={entry} />
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('organizer.audit.at')}</Table.Th>
            <Table.Th>{t('organizer.audit.actor')}</Table.Th>
            <Table.Th>{t('organizer.audit.action')}</Table.Th>
            <Table.Th>{t('organizer.audit.entity')}</Table.Th>
            <Table.Th>{t('organizer.audit.reason')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <AuditRow key={entry.id} entry={entry} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
