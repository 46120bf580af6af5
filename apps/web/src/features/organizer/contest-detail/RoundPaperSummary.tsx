import type { RoundAdmin } from '@contest/contracts';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A round's paper in three short lines: size and time, attempts, when scores show. */
export function RoundPaperSummary({ round, align }: { round: RoundAdmin; align: 'left' | 'right' }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0} ta={align}>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {t('organizer.round.paperValue', {
          questions: round.questionCount,
          minutes: Math.round(round.timeLimitSeconds / 60),
        })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('organizer.round.attemptsValue', { count: round.attemptsAllowed })}
      </Text>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="round-score-visibility">
        {t(`organizer.scoreVisibility.short.${round.scoreVisibility}`)}
      </Text>
    </Stack>
  );
}
