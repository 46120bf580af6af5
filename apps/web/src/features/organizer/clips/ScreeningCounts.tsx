import type { ScreeningList } from '@contest/contracts';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../../lib/format';

const SHOWN = ['submitted', 'pending', 'accepted', 'rejected', 'drafts'] as const;
const COLOR = {
  submitted: undefined,
  pending: 'orange.8',
  accepted: 'green.8',
  rejected: 'red.8',
  drafts: 'dimmed',
};

export function ScreeningCounts({ counts }: { counts: ScreeningList['counts'] }) {
  const { t, i18n } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, xs: 3, md: 5 }} spacing="xs" data-testid="screening-counts">
      {SHOWN.map((key) => (
        <Paper key={key} withBorder p="xs" radius="sm" data-testid={`count-${key}`}>
          <Text size="xl" fw={700} c={COLOR[key]} lh={1.2}>
            {formatNumber(counts[key], i18n.language)}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`clipsAdmin.counts.${key}`)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
