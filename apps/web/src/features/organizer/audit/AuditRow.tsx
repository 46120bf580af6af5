import type { AuditEntry } from '@contest/contracts';
import { Button, Table } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../../lib/format';
import { AuditDetails, hasAuditDetails } from './AuditDetails';
import { AuditAction, AuditEntityName } from './AuditWording';

export function AuditRow({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const [opened, details] = useDisclosure(false);

  return (
    <>
      <Table.Tr data-testid="audit-row">
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at, i18n.language)}</Table.Td>
        <Table.Td>{entry.actorName}</Table.Td>
        <Table.Td data-action={entry.action}>
          <AuditAction entry={entry} />
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          <AuditEntityName entry={entry} />
        </Table.Td>
        <Table.Td style={{ overflowWrap: 'anywhere' }}>{entry.reason ?? '—'}</Table.Td>
        <Table.Td>
          {hasAuditDetails(entry) && (
            <Button size="compact-xs" variant="subtle" onClick={details.toggle} aria-expanded={opened}>
              {t(opened ? 'organizer.audit.hide' : 'organizer.audit.show')}
            </Button>
          )}
        </Table.Td>
      </Table.Tr>
      {opened && (
        <Table.Tr>
          <Table.Td colSpan={6} bg="var(--mantine-color-gray-light)">
            <AuditDetails entry={entry} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
