import type { ContestComparison } from '@contest/contracts';
import { BarChart } from '@mantine/charts';
import { Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../../lib/format';
import { ChangeText } from './ChangeText';
import { comparisonWeeks, figureChange, type ComparisonWeek } from './comparison-figures';
import { FigureTable, type FigureColumn } from './FigureTable';
import { formatCount } from './report-figures';
import { upperFirst, useSideLabels } from './use-side-labels';

/** Participants week by week, both contests side by side: bars, and the same figures as a table. */
export function ComparisonTrend({ comparison }: { comparison: ContestComparison }) {
  const { t, i18n } = useTranslation();
  const sides = useSideLabels(comparison);
  const weeks = useMemo(() => comparisonWeeks(comparison.trend), [comparison.trend]);
  const data = weeks.map((week) => ({
    week: t('reports.comparison.trend.week', { week: week.weekNumber }),
    current: week.current,
    earlier: week.earlier,
  }));
  const participants = (side: string) => t('reports.comparison.columns.participants', { side });
  // The card's title says these are participants: the headers need only name the side.
  const columns: FigureColumn<ComparisonWeek>[] = [
    {
      key: 'current',
      header: upperFirst(sides.current),
      numeric: true,
      render: (week) => formatCount(week.current, i18n.language),
    },
    {
      key: 'earlier',
      header: upperFirst(sides.earlier),
      numeric: true,
      render: (week) => formatCount(week.earlier, i18n.language),
    },
    {
      key: 'change',
      header: t('reports.comparison.columns.change'),
      numeric: true,
      render: (week) => <ChangeText change={figureChange(week.current, week.earlier)} show="delta" />,
    },
    {
      key: 'changePercent',
      header: '%',
      numeric: true,
      render: (week) => <ChangeText change={figureChange(week.current, week.earlier)} show="percent" />,
    },
  ];

  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Text fw={500}>{t('reports.comparison.trend.title')}</Text>
        {comparison.earlier.kind === 'typed' && (
          <Text size="xs" c="dimmed">
            {t('reports.comparison.trend.typedNoWeeks')}
          </Text>
        )}
        {weeks.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('reports.comparison.trend.empty')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <BarChart
              h={280}
              data={data}
              dataKey="week"
              withLegend
              legendProps={{ verticalAlign: 'bottom', height: 56 }}
              maxBarWidth={40}
              valueFormatter={(value) => formatNumber(value, i18n.language)}
              yAxisProps={{ width: 56 }}
              series={[
                { name: 'current', label: participants(sides.current), color: 'blue.6' },
                { name: 'earlier', label: participants(sides.earlier), color: 'gray.5' },
              ]}
              aria-label={t('reports.comparison.trend.title')}
              data-testid="comparison-trend"
            />
            <FigureTable
              rows={weeks}
              rowKey={(week) => week.weekNumber}
              title={{
                key: 'week',
                header: t('reports.comparison.columns.week'),
                render: (week) => t('reports.comparison.trend.week', { week: week.weekNumber }),
              }}
              columns={columns}
              minWidth={460}
              titleWidth={80}
              testId="comparison-weeks"
            />
          </SimpleGrid>
        )}
      </Stack>
    </Card>
  );
}
