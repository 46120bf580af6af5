import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '../../shared/ErrorState';
import { PageLoader } from '../../shared/PageLoader';
import { useNarrowScreen } from '../../shared/use-narrow-screen';
import { HistoryCards } from './HistoryCards';
import { HistoryTable } from './HistoryTable';
import { useMyAttempts } from './use-my-attempts';

export function HistoryPage() {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  const attempts = useMyAttempts();

  if (attempts.isPending) return <PageLoader />;
  if (attempts.isError) return <ErrorState error={attempts.error} onRetry={() => void attempts.refetch()} />;

  const { items } = attempts.data;
  return (
    <Stack gap="md">
      <Title order={2}>{t('history.title')}</Title>
      {items.length === 0 ? (
        <Text c="dimmed">{t('history.empty')}</Text>
      ) : narrow ? (
        <HistoryCards items={items} />
      ) : (
        <HistoryTable items={items} />
      )}
    </Stack>
  );
}
