import type { DashboardSnapshot } from '@contest/contracts';
import { Alert, Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatTimeOfDay } from '../../../lib/format';
import { ErrorState } from '../../../shared/ErrorState';
import { NotFoundPage } from '../../../shared/NotFoundPage';
import { PageLoader } from '../../../shared/PageLoader';
import { useIdParam } from '../../../shared/use-id-param';
import { RoundPageHeader } from '../common/RoundPageHeader';
import { useRoundAdmin } from '../common/use-organizer-data';
import { AttemptFigures } from './AttemptFigures';
import { GradingProgress } from './GradingProgress';
import { LeaderboardTable } from './LeaderboardTable';
import { PerMinuteChart } from './PerMinuteChart';
import { TopUnitsChart } from './TopUnitsChart';
import { dashboardStatus, type DashboardStatus } from './dashboard-status';
import { useLiveDashboard } from './use-live-dashboard';

export function DashboardPage() {
  const roundId = useIdParam('roundId');
  return roundId === null ? <NotFoundPage /> : <LiveDashboard roundId={roundId} />;
}

function LiveDashboard({ roundId }: { roundId: number }) {
  const { t, i18n } = useTranslation();
  const { snapshot, connected, refusal } = useLiveDashboard(roundId);
  const round = useRoundAdmin(roundId).data?.round;

  const statusLine = snapshot.data && (
    <Group gap="xs">
      <StatusBadge status={dashboardStatus(round, snapshot.data.at, connected)} />
      <Text size="sm" c="dimmed" data-testid="dashboard-updated-at">
        {t('organizer.dashboard.updatedAt', { time: formatTimeOfDay(snapshot.data.at, i18n.language) })}
      </Text>
    </Group>
  );

  return (
    <Stack gap="md">
      <RoundPageHeader roundId={roundId} title={t('organizer.dashboard.title')} actions={statusLine} />
      {refusal && (
        <Alert color="yellow" variant="light" data-testid="dashboard-refused">
          {refusal}
        </Alert>
      )}
      {snapshot.isPending ? (
        <PageLoader />
      ) : snapshot.isError && !snapshot.data ? (
        <ErrorState error={snapshot.error} onRetry={() => void snapshot.refetch()} />
      ) : (
        <DashboardBody data={snapshot.data} />
      )}
    </Stack>
  );
}

const STATUS_COLOR = { upcoming: 'gray', live: 'green', reconnecting: 'yellow', closed: 'dark' } as const;

function StatusBadge({ status }: { status: DashboardStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="dot" data-testid="dashboard-connection" data-status={status}>
      {t(`organizer.dashboard.status.${status}`)}
    </Badge>
  );
}

function DashboardBody({ data }: { data: DashboardSnapshot }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <AttemptFigures snapshot={data} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <GradingProgress attempts={data.attempts} queue={data.queue} />
        <PerMinuteChart perMinute={data.perMinute} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder padding="md">
          <Text fw={500} mb="xs">
            {t('organizer.dashboard.leaderboard')}
          </Text>
          <LeaderboardTable leaders={data.leaderboard} />
        </Card>
        <Card withBorder padding="md">
          <Text fw={500} mb="xs">
            {t('organizer.dashboard.topUnits')}
          </Text>
          <TopUnitsChart units={data.topUnits} />
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
