import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatPercent } from '../../../lib/format';
import { RATE_BANDS } from './report-figures';

/** What each colour means: "≥ 90 %", "70 – 90 %", … */
export function RateLegend() {
  const { t, i18n } = useTranslation();
  const percent = (ratio: number) => formatPercent(ratio, i18n.language);
  return (
    <Group gap={6} wrap="wrap">
      <Text size="xs" c="dimmed">
        {t('reports.tree.legend')}
      </Text>
      {RATE_BANDS.map((band, index) => {
        const upper = index === 0 ? null : RATE_BANDS[index - 1].from;
        return (
          <Badge key={band.color} color={band.color} autoContrast size="sm">
            {upper === null ? `≥ ${percent(band.from)}` : `${percent(band.from)} – ${percent(upper)}`}
          </Badge>
        );
      })}
      <Badge color="gray" variant="light" size="sm">
        {t('reports.tree.noRate')}
      </Badge>
    </Group>
  );
}
