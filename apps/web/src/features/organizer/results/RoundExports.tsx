import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ExportButton } from '../exports/ExportButton';

export function RoundExports({ roundId }: { roundId: number }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md">
      <Text fw={500} mb="xs">
        {t('organizer.exports.roundTitle')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <ExportButton
          request={{ kind: 'round_ranking', roundId }}
          label={t('organizer.exports.kind.round_ranking')}
          testId="export-round-ranking"
        />
        <ExportButton
          request={{ kind: 'round_winners', roundId }}
          label={t('organizer.exports.kind.round_winners')}
          testId="export-round-winners"
        />
        <ExportButton
          request={{ kind: 'question_stats', roundId }}
          label={t('organizer.exports.kind.question_stats')}
          testId="export-question-stats"
        />
      </SimpleGrid>
    </Card>
  );
}
