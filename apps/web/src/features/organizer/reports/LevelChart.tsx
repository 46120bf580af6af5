import type { ContestReport } from '@contest/contracts';
import { BarChart } from '@mantine/charts';
import { Card, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../../lib/format';
import { levelBars, rateColor } from './report-figures';

/** The rate of each level's own people, as horizontal bars so the level names stay readable on a phone. */
export function LevelChart({ byLevel }: { byLevel: ContestReport['byLevel'] }) {
  const { t, i18n } = useTranslation();
  const data = useMemo(
    () => levelBars(byLevel).map((bar) => ({ level: t(`units.levels.${bar.level}`), rate: bar.rate })),
    [byLevel, t],
  );
  return (
    <Card withBorder padding="md">
      <Text fw={500} mb="xs">
        {t('reports.byLevel.chartTitle')}
      </Text>
      {data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reports.empty')}
        </Text>
      ) : (
        <BarChart
          h={Math.max(160, data.length * 44 + 40)}
          data={data}
          dataKey="level"
          orientation="vertical"
          gridAxis="y"
          maxBarWidth={28}
          withBarValueLabel
          valueFormatter={(value) => `${formatNumber(value, i18n.language)}%`}
          getBarColor={(value) => `${rateColor(value / 100)}.6`}
          xAxisProps={{ domain: [0, 100] }}
          yAxisProps={{ width: 130 }}
          series={[{ name: 'rate', label: t('reports.columns.rate'), color: 'blue.6' }]}
          aria-label={t('reports.byLevel.chartTitle')}
          data-testid="report-level-chart"
        />
      )}
    </Card>
  );
}
