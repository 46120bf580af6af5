import type { DashboardSnapshot } from '@contest/contracts';
import { Card, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatNumber, formatPercent } from '../../../lib/format';
import { gradingProgress } from './dashboard-figures';

interface GradingProgressProps {
  attempts: DashboardSnapshot['attempts'];
  queue: DashboardSnapshot['queue'];
}

export function GradingProgress({ attempts, queue }: GradingProgressProps) {
  const { t, i18n } = useTranslation();
  const progress = gradingProgress(attempts);
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={500}>{t('organizer.dashboard.grading')}</Text>
          <Text size="sm" fw={600} data-testid="dashboard-grading-ratio">
            {progress.ratio === null ? '—' : formatPercent(progress.ratio, i18n.language)}
          </Text>
        </Group>
        <Progress
          value={(progress.ratio ?? 0) * 100}
          size="xl"
          color="teal"
          aria-label={t('organizer.dashboard.grading')}
        />
        <Text size="sm" c="dimmed">
          {progress.total === 0
            ? t('organizer.dashboard.nothingSubmitted')
            : t('organizer.dashboard.gradedOf', {
                done: formatNumber(progress.done, i18n.language),
                total: formatNumber(progress.total, i18n.language),
              })}
        </Text>
        <Group gap="lg">
          <Text size="sm">{t('organizer.dashboard.queue.waiting', { count: queue.waiting })}</Text>
          <Text size="sm">{t('organizer.dashboard.queue.active', { count: queue.active })}</Text>
          <Text size="sm">{t('organizer.dashboard.queue.delayed', { count: queue.delayed })}</Text>
        </Group>
      </Stack>
    </Card>
  );
}
