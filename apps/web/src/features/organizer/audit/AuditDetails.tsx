import type { AuditEntry } from '@contest/contracts';
import { Code, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { changedFields, formatAuditValue } from './audit-diff';

const PRE_STYLE = {
  maxHeight: 360,
  overflow: 'auto',
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
} as const;

export const hasAuditDetails = (entry: AuditEntry): boolean => entry.before !== null || entry.after !== null;

/** The fields an entry changed, and its before and after side by side. */
export function AuditDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const changed = changedFields(entry.before, entry.after);
  return (
    <Stack gap="xs">
      {changed.length > 0 && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('organizer.audit.changed', { fields: changed.join(', ') })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" data-testid="audit-diff">
        {(['before', 'after'] as const).map((side) => (
          <Stack key={side} gap={2}>
            <Text size="xs" c="dimmed">
              {t(`organizer.audit.${side}`)}
            </Text>
            <Code block style={PRE_STYLE}>
              {formatAuditValue(entry[side])}
            </Code>
          </Stack>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
