import type { AuditEntry } from '@contest/contracts';
import { Button, Code, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../../lib/format';
import { changedFields, formatAuditValue } from './audit-diff';

const PRE_STYLE = {
  maxHeight: 360,
  overflow: 'auto',
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
} as const;

export function AuditRow({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const [opened, details] = useDisclosure(false);
  const changed = changedFields(entry.before, entry.after);
  const hasDetails = entry.before !== null || entry.after !== null;

  return (
    <>
      <Table.Tr data-testid="audit-row">
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at, i18n.language)}</Table.Td>
        <Table.Td>{entry.actorName}</Table.Td>
        <Table.Td>
          <Code>{entry.action}</Code>
        </Table.Td>
        <Table.Td>
          {t(`organizer.audit.entities.${entry.entityType}`)}
          {entry.entityId !== null && ` #${entry.entityId}`}
        </Table.Td>
        <Table.Td style={{ overflowWrap: 'anywhere' }}>{entry.reason ?? '—'}</Table.Td>
        <Table.Td>
          {hasDetails && (
            <Button size="compact-xs" variant="subtle" onClick={details.toggle} aria-expanded={opened}>
              {t(opened ? 'organizer.audit.hide' : 'organizer.audit.show')}
            </Button>
          )}
        </Table.Td>
      </Table.Tr>
      {opened && (
        <Table.Tr>
          <Table.Td colSpan={6} bg="var(--mantine-color-gray-light)">
            <Stack gap="xs">
              {changed.length > 0 && (
                <Text size="sm">{t('organizer.audit.changed', { fields: changed.join(', ') })}</Text>
              )}
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" data-testid="audit-diff">
                <Stack gap={2}>
                  <Text size="xs" c="dimmed">
                    {t('organizer.audit.before')}
                  </Text>
                  <Code block style={PRE_STYLE}>
                    {formatAuditValue(entry.before)}
                  </Code>
                </Stack>
                <Stack gap={2}>
                  <Text size="xs" c="dimmed">
                    {t('organizer.audit.after')}
                  </Text>
                  <Code block style={PRE_STYLE}>
                    {formatAuditValue(entry.after)}
                  </Code>
                </Stack>
              </SimpleGrid>
            </Stack>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
