import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatRate, rateColor } from './report-figures';

export function RateBadge({ rate }: { rate: number | null }) {
  const { i18n } = useTranslation();
  return (
    <Badge
      color={rateColor(rate)}
      variant={rate === null ? 'light' : 'filled'}
      autoContrast
      miw={64}
      style={{ flexShrink: 0 }}
      data-testid="rate-badge"
    >
      {formatRate(rate, i18n.language)}
    </Badge>
  );
}
