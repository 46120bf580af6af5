import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '../../shared/ErrorState';
import { PageLoader } from '../../shared/PageLoader';
import { useCurrentUser } from '../auth/session';
import { useCurrentRound } from '../rounds/use-current-round';
import { RoundCard } from './RoundCard';

export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const current = useCurrentRound();

  if (current.isPending) return <PageLoader />;
  if (current.isError) return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;

  const { round } = current.data;
  return (
    <Stack gap="md">
      <Stack gap={0}>
        <Title order={2}>{t('home.greeting', { name: user.fullName })}</Title>
        {user.unitName && <Text c="dimmed">{user.unitName}</Text>}
      </Stack>
      {round ? (
        <RoundCard current={current.data} round={round} onPhaseEnd={() => void current.refetch()} />
      ) : (
        <Card withBorder padding="lg">
          <Text>{t('home.noRound')}</Text>
        </Card>
      )}
    </Stack>
  );
}
