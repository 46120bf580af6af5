import { Button, Card, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { callApi, queryKeys } from '../../api';
import { formatDateTime, formatNumber } from '../../lib/format';
import { ErrorState } from '../../shared/ErrorState';
import { PageLoader } from '../../shared/PageLoader';
import { paths } from '../../shared/paths';

/** Public: every round whose results the organizers have published. */
export function PublishedRoundsPage() {
  const { t, i18n } = useTranslation();
  const rounds = useQuery({ queryKey: queryKeys.publishedRounds, queryFn: () => callApi('publishedRounds') });

  return (
    <Container size="md" px={0}>
      <Stack gap="md">
        <Title order={2}>{t('publicResults.title')}</Title>
        {rounds.isPending ? (
          <PageLoader />
        ) : rounds.isError ? (
          <ErrorState error={rounds.error} onRetry={() => void rounds.refetch()} />
        ) : rounds.data.items.length === 0 ? (
          <Text c="dimmed">{t('publicResults.empty')}</Text>
        ) : (
          rounds.data.items.map((round) => (
            <Card key={round.roundId} withBorder padding="md" data-testid="published-round">
              <Group justify="space-between" align="center" gap="sm">
                <Stack gap={2}>
                  <Text size="sm" c="dimmed">
                    {round.contestName} · {t('home.week', { count: round.weekNumber })}
                  </Text>
                  <Text fw={700}>{round.roundName}</Text>
                  <Text size="sm" c="dimmed">
                    {t('publicResults.summary', {
                      participants: formatNumber(round.participants, i18n.language),
                      time: formatDateTime(round.publishedAt, i18n.language),
                    })}
                  </Text>
                </Stack>
                <Button component={Link} to={paths.publicRound(round.roundId)} variant="light">
                  {t('publicResults.view')}
                </Button>
              </Group>
            </Card>
          ))
        )}
      </Stack>
    </Container>
  );
}
