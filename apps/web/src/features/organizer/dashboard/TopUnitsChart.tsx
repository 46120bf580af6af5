import type { DashboardSnapshot } from '@contest/contracts';
import { BarChart } from '@mantine/charts';
import { Paper, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../../lib/format';
import { useNarrowScreen } from '../../../shared/use-narrow-screen';
import { rateColor } from '../reports/report-figures';
import { topUnitBars, type TopUnitBar } from './dashboard-figures';

// Recharts wraps a tick over lines of the axis width; past two lines a name is cut (the tooltip has it whole).
const NAME_CHARS = 40;
const shortName = (name: string) => (name.length > NAME_CHARS ? `${name.slice(0, NAME_CHARS - 1)}…` : name);

/** The most active units' participation rates as bars; the tooltip gives the full name and the counts. */
export function TopUnitsChart({ units }: { units: DashboardSnapshot['topUnits'] }) {
  const { t, i18n } = useTranslation();
  const narrow = useNarrowScreen();
  const bars = useMemo(() => topUnitBars(units), [units]);
  if (bars.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('organizer.dashboard.noUnits')}
      </Text>
    );
  }
  const percent = (value: number) => `${formatNumber(value, i18n.language)}%`;
  return (
    <BarChart
      h={bars.length * (narrow ? 46 : 40) + 24}
      data={bars}
      dataKey="name"
      orientation="vertical"
      series={[{ name: 'rate', label: t('reports.columns.rate'), color: 'blue.6' }]}
      getBarColor={(value) => `${rateColor(value / 100)}.6`}
      valueFormatter={percent}
      withBarValueLabel
      gridAxis="none"
      maxBarWidth={narrow ? 14 : 22}
      xAxisProps={{ domain: [0, 100], hide: true }}
      // A phone has no room for a name column: each name sits above its bar instead.
      withYAxis={!narrow}
      yAxisProps={{ width: 210, tickFormatter: shortName }}
      barChartProps={narrow ? { margin: { top: 16, left: 0, right: 8 } } : undefined}
      barProps={
        narrow
          ? {
              label: ({ x, y, index }: { x?: number | string; y?: number | string; index?: number }) => (
                <text x={Number(x)} y={Number(y) - 4} fontSize={12} fill="var(--mantine-color-text)">
                  {shortName(bars[index ?? 0]?.name ?? '')}
                </text>
              ),
            }
          : undefined
      }
      tooltipAnimationDuration={0}
      tooltipProps={{
        content: ({ payload }) => {
          const bar = payload?.[0]?.payload as TopUnitBar | undefined;
          return bar ? <UnitTooltip bar={bar} /> : null;
        },
      }}
      data-testid="dashboard-top-units"
      data-count={bars.length}
    />
  );
}

function UnitTooltip({ bar }: { bar: TopUnitBar }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder shadow="md" p="xs" maw={280}>
      <Text size="sm" fw={500}>
        {bar.name}
      </Text>
      <Text size="xs">
        {t('organizer.dashboard.unitParticipants')}: {formatNumber(bar.participants, i18n.language)} /{' '}
        {formatNumber(bar.headcount, i18n.language)}
      </Text>
      <Text size="xs">
        {t('reports.columns.rate')}: {bar.rate === null ? '—' : `${formatNumber(bar.rate, i18n.language)}%`}
      </Text>
    </Paper>
  );
}
