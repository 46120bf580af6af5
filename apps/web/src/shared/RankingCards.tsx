import { Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatClock } from '../lib/format';
import { PrizeBadge } from './PrizeBadge';
import type { RankingRow } from './RankingTable';

interface RankingCardsProps {
  entries: readonly RankingRow[];
  testId?: string;
  rowTestId?: string;
  withPrize: boolean;
}

/** A ranking on a phone: one card per person, rank first, the tie-break figures on one line. */
export function RankingCards({ entries, testId, rowTestId, withPrize }: RankingCardsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid={testId}>
      {entries.map((entry) => (
        <Card
          key={`${entry.rank}-${entry.fullName}-${entry.submittedAt}`}
          withBorder
          padding="xs"
          data-testid={rowTestId}
        >
          <Group wrap="nowrap" align="flex-start" gap="sm">
            <Text fw={700} miw={32} ta="right" aria-label={t('ranking.rankOf', { rank: entry.rank })}>
              {entry.rank}
            </Text>
            <Stack gap={2} miw={0} style={{ flex: 1 }}>
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {entry.fullName}
                </Text>
                {withPrize && entry.prize && <PrizeBadge prize={entry.prize} />}
              </Group>
              <Text size="xs" c="dimmed">
                {entry.unitName}
              </Text>
              <Group gap="md" style={{ rowGap: 0 }}>
                <Text size="xs">
                  {t('ranking.score')}:{' '}
                  <b>{t('result.scoreValue', { score: entry.score, total: entry.questionCount })}</b>
                </Text>
                {entry.prediction !== null && (
                  <Text size="xs">
                    {t('ranking.prediction')}: <b>{entry.prediction}</b>
                    {entry.predictionDistance !== null &&
                      ` ${t('ranking.distance', { distance: entry.predictionDistance })}`}
                  </Text>
                )}
                <Text size="xs">
                  {t('ranking.time')}: <b>{formatClock(entry.timeTakenMs / 1000)}</b>
                </Text>
              </Group>
            </Stack>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
