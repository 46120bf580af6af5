import type { AuditEntry } from '@contest/contracts';
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../../lib/format';
import { AuditDetails, hasAuditDetails } from './AuditDetails';
import { AuditAction, AuditEntityName } from './AuditWording';

/** One audit entry on a phone: what was done to what, by whom and when, and why. */
export function AuditCard({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const [opened, details] = useDisclosure(false);
  return (
    <Card withBorder padding="sm" data-testid="audit-row">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text fw={500} data-action={entry.action}>
            <AuditAction entry={entry} />
          </Text>
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            <AuditEntityName entry={entry} />
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {formatDateTime(entry.at, i18n.language)} · {entry.actorName}
        </Text>
        {entry.reason && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('organizer.audit.reason')}: {entry.reason}
          </Text>
        )}
        {hasAuditDetails(entry) && (
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={details.toggle}
            aria-expanded={opened}
            style={{ alignSelf: 'flex-start' }}
          >
            {t(opened ? 'organizer.audit.hide' : 'organizer.audit.show')}
          </Button>
        )}
        {opened && <AuditDetails entry={entry} />}
      </Stack>
    </Card>
  );
}
