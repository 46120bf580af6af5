import type { Contest } from '@contest/contracts';
import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { ErrorState } from '../../../shared/ErrorState';
import { PageLoader } from '../../../shared/PageLoader';
import { paths } from '../../../shared/paths';
import { ContestBadges } from '../common/ContestBadges';
import { useContests } from '../common/use-organizer-data';
import { RoundsOverview } from './RoundsOverview';

export function ContestsPage() {
  const { t } = useTranslation();
  const contests = useContests();

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('organizer.contests.title')}</Title>
        <Button component={Link} to={paths.newContest} data-testid="create-contest">
          {t('organizer.contests.create')}
        </Button>
      </Group>
      {contests.isPending ? (
        <PageLoader />
      ) : contests.isError ? (
        <ErrorState error={contests.error} onRetry={() => void contests.refetch()} />
      ) : contests.data.items.length === 0 ? (
        <Text c="dimmed">{t('organizer.contests.empty')}</Text>
      ) : (
        contests.data.items.map((contest) => <ContestCard key={contest.id} contest={contest} />)
      )}
    </Stack>
  );
}

function ContestCard({ contest }: { contest: Contest }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid="contest-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Anchor component={Link} to={paths.contest(contest.id)} fw={700} size="lg">
              {contest.name}
            </Anchor>
            <ContestBadges contest={contest} />
          </Stack>
          <Group gap="xs">
            <Button component={Link} to={paths.questionBank(contest.id)} variant="light" size="xs">
              {t('nav.questionBank')}
            </Button>
            <Button component={Link} to={paths.contest(contest.id)} variant="default" size="xs">
              {t('organizer.contests.open')}
            </Button>
          </Group>
        </Group>
        <RoundsOverview rounds={contest.rounds} />
      </Stack>
    </Card>
  );
}
