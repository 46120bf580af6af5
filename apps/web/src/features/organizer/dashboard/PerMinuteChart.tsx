import type { DashboardSnapshot } from '@contest/contracts';
import { Box, Card, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatTimeOfDay } from '../../../lib/format';
import { perMinuteBars } from './dashboard-figures';

const CHART_HEIGHT = 120;

/** Attempts started per minute over the last half hour, as plain bars. */
export function PerMinuteChart({ perMinute }: { perMinute: DashboardSnapshot['perMinute'] }) {
  const { t, i18n } = useTranslation();
  const bars = perMinuteBars(perMinute);
  const minuteLabel = (iso: string) => formatTimeOfDay(iso, i18n.language).slice(0, 5);
  return (
    <Card withBorder padding="md">
      <Text fw={500} mb="xs">
        {t('organizer.dashboard.perMinute')}
      </Text>
      {bars.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('organizer.dashboard.noStarts')}
        </Text>
      ) : (
        <>
          <Group
            gap={2}
            align="flex-end"
            wrap="nowrap"
            h={CHART_HEIGHT}
            role="img"
            aria-label={t('organizer.dashboard.perMinute')}
            data-testid="dashboard-per-minute"
          >
            {bars.map((bar) => (
              <Tooltip
                key={bar.minute}
                label={t('organizer.dashboard.barLabel', { time: minuteLabel(bar.minute), count: bar.count })}
              >
                <Box
                  style={{ flex: 1, minWidth: 2 }}
                  h={Math.max(2, Math.round(bar.height * CHART_HEIGHT))}
                  bg={bar.count > 0 ? 'blue.6' : 'gray.3'}
                />
              </Tooltip>
            ))}
          </Group>
          <Group justify="space-between" mt={4}>
            <Text size="xs" c="dimmed">
              {minuteLabel(bars[0].minute)}
            </Text>
            <Text size="xs" c="dimmed">
              {minuteLabel(bars[bars.length - 1].minute)}
            </Text>
          </Group>
        </>
      )}
    </Card>
  );
}
