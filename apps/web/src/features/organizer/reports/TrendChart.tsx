import type { ContestReport } from '@contest/contracts';
import { CompositeChart } from '@mantine/charts';
import { Card, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../../lib/format';
import { trendPoints } from './report-figures';

/** Week by week: participants as bars against the left axis, the rate as a line against the right. */
export function TrendChart({ trend }: { trend: ContestReport['trend'] }) {
  const { t, i18n } = useTranslation();
  const data = useMemo(
    () =>
      trendPoints(trend).map((point) => ({
        week: t('reports.trend.week', { week: point.weekNumber }),
        participants: point.participants,
        rate: point.rate,
      })),
    [trend, t],
  );
  return (
    <Card withBorder padding="md">
      <Text fw={500} mb="xs">
        {t('reports.trend.title')}
      </Text>
      {data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reports.trend.empty')}
        </Text>
      ) : (
        <CompositeChart
          h={290}
          data={data}
          dataKey="week"
          withLegend
          legendProps={{ verticalAlign: 'bottom', height: 56 }}
          maxBarWidth={48}
          withRightYAxis
          valueFormatter={(value) => formatNumber(value, i18n.language)}
          rightYAxisProps={{ domain: [0, 100], tickFormatter: (value: number) => `${value}%`, width: 48 }}
          yAxisProps={{ width: 48 }}
          series={[
            { name: 'participants', label: t('reports.trend.participants'), type: 'bar', color: 'blue.5' },
            {
              name: 'rate',
              label: t('reports.trend.rate'),
              type: 'line',
              color: 'orange.7',
              yAxisId: 'right',
            },
          ]}
          aria-label={t('reports.trend.title')}
          data-testid="report-trend"
        />
      )}
    </Card>
  );
}
