import type { PrizeTier } from '@contest/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PRIZE_COLORS, prizeLabelKey } from './prize';

export function PrizeBadge({ prize }: { prize: PrizeTier }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={PRIZE_COLORS[prize]}
      variant={prize === 'encouragement' ? 'light' : 'filled'}
      // A prize name is never cut, however long the name beside it.
      style={{ flexShrink: 0 }}
      data-prize={prize}
    >
      {t(prizeLabelKey(prize))}
    </Badge>
  );
}
