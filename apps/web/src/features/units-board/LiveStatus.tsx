import { Badge, Group, Text, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatTimeOfDay } from '../../lib/format';

interface LiveStatusProps {
  at: string;
  live: boolean;
  size?: MantineSize;
  fz?: string;
}

/** When the figures were computed, and whether new ones arrive by themselves. */
export function LiveStatus({ at, live, size = 'sm', fz }: LiveStatusProps) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap" aria-live="polite">
      <Badge
        color={live ? 'teal' : 'gray'}
        variant={live ? 'dot' : 'light'}
        size={size}
        fz={fz}
        h="auto"
        py={fz ? '0.3em' : undefined}
        data-testid="board-live"
        data-live={live}
      >
        {t(live ? 'unitsBoard.live' : 'unitsBoard.reconnecting')}
      </Badge>
      <Text size={size} fz={fz} c="dimmed" data-testid="board-updated-at" style={{ whiteSpace: 'nowrap' }}>
        {t('unitsBoard.updatedAt', { time: formatTimeOfDay(at, i18n.language) })}
      </Text>
    </Group>
  );
}
