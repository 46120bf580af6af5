import { Alert, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The worker has the file: what happens now, and that the page follows it without a reload. */
export function ProcessingNotice({ fileName, replacing }: { fileName: string | null; replacing: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="blue"
      variant="light"
      title={
        <Group gap="xs" wrap="nowrap">
          <Loader size="xs" />
          <span>{t('entries.processing.title')}</span>
        </Group>
      }
      data-testid="entry-processing"
      role="status"
    >
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {fileName ? t('entries.processing.bodyNamed', { name: fileName }) : t('entries.processing.body')}
      </Text>
      {replacing && (
        <Text size="sm" mt={4}>
          {t('entries.processing.keepsCurrent')}
        </Text>
      )}
    </Alert>
  );
}
