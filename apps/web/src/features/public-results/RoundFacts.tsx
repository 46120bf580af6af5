import type { PublishedRound } from '@contest/contracts';
import { Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime, formatNumber } from '../../lib/format';
import { LabeledValue } from '../../shared/LabeledValue';

export function RoundFacts({ round }: { round: PublishedRound }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t('publicResults.trueValue')}
          </Text>
          <Text fz={28} fw={700} lh={1.2} data-testid="public-true-value">
            {round.trueValue}
          </Text>
        </Stack>
        <LabeledValue
          label={t('publicResults.participants')}
          value={formatNumber(round.participants, i18n.language)}
        />
        <LabeledValue label={t('publicResults.questions')} value={String(round.questionCount)} />
        <LabeledValue
          label={t('publicResults.closedAt')}
          value={formatDateTime(round.closesAt, i18n.language)}
        />
      </SimpleGrid>
    </Card>
  );
}
