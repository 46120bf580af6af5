import type { DashboardSnapshot } from '@contest/contracts';
import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../../lib/format';

/** The big numbers: who took part, and where their attempts are. */
export function AttemptFigures({ snapshot }: { snapshot: DashboardSnapshot }) {
  const { t, i18n } = useTranslation();
  const figures = [
    { key: 'participants', value: snapshot.participants, testId: 'dashboard-participants' },
    { key: 'started', value: snapshot.attempts.started, testId: 'dashboard-started' },
    { key: 'inProgress', value: snapshot.attempts.inProgress, testId: 'dashboard-in-progress' },
    { key: 'submitted', value: snapshot.attempts.submitted, testId: 'dashboard-submitted' },
    { key: 'graded', value: snapshot.attempts.graded, testId: 'dashboard-graded' },
  ] as const;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
      {figures.map((figure) => (
        <Card key={figure.key} withBorder padding="sm">
          <Text size="xs" c="dimmed">
            {t(`organizer.dashboard.figures.${figure.key}`)}
          </Text>
          <Text fz={32} fw={700} lh={1.2} data-testid={figure.testId} data-value={figure.value}>
            {formatNumber(figure.value, i18n.language)}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
