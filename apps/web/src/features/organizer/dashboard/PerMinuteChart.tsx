import type { DashboardSnapshot } from '@contest/contracts';
import { BarChart } from '@mantine/charts';
import { Card, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber, formatTimeOfDay } from '../../../lib/format';
import { perMinuteChartData } from './dashboard-figures';

/** Attempts started per minute over the last half hour. */
export function PerMinuteChart({ perMinute }: { perMinute: DashboardSnapshot['perMinute'] }) {
  const { t, i18n } = useTranslation();
  const data = useMemo(
    () => perMinuteChartData(perMinute, (iso) => formatTimeOfDay(iso, i18n.language).slice(0, 5)),
    [perMinute, i18n.language],
  );
  const total = data.reduce((sum, bar) => sum + bar.count, 0);
  return (
    <Card withBorder padding="md">
      <Text fw={500} mb="xs">
        {t('organizer.dashboard.perMinute')}
      </Text>
      {total === 0 ? (
        <Text size="sm" c="dimmed">
          {t('organizer.dashboard.noStarts')}
        </Text>
      ) : (
        <BarChart
          h={160}
          data={data}
          dataKey="label"
          series={[{ name: 'count', label: t('organizer.dashboard.figures.started'), color: 'blue.6' }]}
          valueFormatter={(value) => formatNumber(value, i18n.language)}
          gridAxis="x"
          minBarSize={2}
          yAxisProps={{ allowDecimals: false, width: 36, tickCount: 5, interval: 0 }}
          xAxisProps={{ interval: 'preserveStartEnd', minTickGap: 24 }}
          barChartProps={{ barCategoryGap: 1 }}
          tooltipAnimationDuration={0}
          role="img"
          aria-label={t('organizer.dashboard.perMinute')}
          data-testid="dashboard-per-minute"
          data-total={total}
        />
      )}
    </Card>
  );
}
