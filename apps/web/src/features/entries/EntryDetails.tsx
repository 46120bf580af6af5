import type { Entry } from '@contest/contracts';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What the unit wrote about the entry: topic, authors, description. */
export function EntryDetails({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      {entry.topic && (
        <Text size="sm">
          <Text span c="dimmed">
            {t('entries.details.topic')}{' '}
          </Text>
          {entry.topic}
        </Text>
      )}
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        <Text span c="dimmed">
          {t('entries.details.authors')}{' '}
        </Text>
        {entry.authors.join(', ')}
      </Text>
      {entry.description && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {entry.description}
        </Text>
      )}
    </Stack>
  );
}
