import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDong } from '../../lib/format';

/** A prize's name above its amount in đồng, never cut. */
export function PrizeAmount({ prize }: { prize: { label: string; amount: number } | null }) {
  const { i18n } = useTranslation();
  if (!prize) return <Text size="sm">—</Text>;
  return (
    <Stack gap={0} align="flex-start">
      <Text size="sm" fw={600} c="orange.8">
        {prize.label}
      </Text>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {formatDong(prize.amount, i18n.language)}
      </Text>
    </Stack>
  );
}
