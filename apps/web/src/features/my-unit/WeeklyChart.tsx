import type { UnitReport } from '@contest/contracts';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';

import { formatPercent } from '../../lib/format';
import { chartTop, weeklyPoints } from './figures';

/** Participation rate week by week; the table under it carries the same figures in words. */
export function WeeklyChart({ byRound }: { byRound: UnitReport['byRound'] }) {
  const { t, i18n } = useTranslation();
  const data = weeklyPoints(byRound, (week) => t('myUnit.figures.weekShort', { week }));
  const top = chartTop(Math.max(0, ...data.map((point) => point.rate ?? 0)));
  return (
    <BarChart
      h={220}
      data={data}
      dataKey="week"
      series={[{ name: 'rate', label: t('myUnit.figures.rate'), color: 'teal.6' }]}
      yAxisProps={{ domain: [0, top], ticks: [0, top / 2, top], width: 44 }}
      valueFormatter={(value) => formatPercent(value / 100, i18n.language)}
      withBarValueLabel={data.length <= 8}
      maxBarWidth={48}
      tickLine="y"
      aria-label={t('myUnit.figures.weeklyTitle')}
      data-testid="weekly-chart"
    />
  );
}
