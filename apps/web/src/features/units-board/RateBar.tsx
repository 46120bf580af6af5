import { Progress } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatPercent } from '../../lib/format';
import { rateBarValue } from './board-rows';

/** The participation rate as a bar; its text is read out in place of the bar. */
export function RateBar({ rate, size = 'md' }: { rate: number | null; size?: string }) {
  const { i18n, t } = useTranslation();
  const value = rateBarValue(rate);
  return (
    <Progress
      value={value}
      size={size}
      radius="xl"
      color={value >= 50 ? 'teal' : value >= 20 ? 'blue' : 'orange'}
      aria-label={t('unitsBoard.columns.rate')}
      aria-valuetext={rate === null ? '—' : formatPercent(rate, i18n.language)}
    />
  );
}
