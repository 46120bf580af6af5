import type { RoundAdmin } from '@contest/contracts';
import { Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../../lib/format';
import { RoundBadges } from '../common/RoundBadges';
import { RoundActions } from './RoundActions';
import { RoundPaperSummary } from './RoundPaperSummary';

interface ContestRoundCardsProps {
  rounds: readonly RoundAdmin[];
  onEdit: (round: RoundAdmin) => void;
}

/** The contest's rounds on a phone: one card each, with what the table's columns show. */
export function ContestRoundCards({ rounds, onEdit }: ContestRoundCardsProps) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs" data-testid="contest-rounds">
      {rounds.map((round) => (
        <Card key={round.id} withBorder padding="sm" data-testid="round-row" data-round-id={round.id}>
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start" gap="xs">
              <Stack gap={0}>
                <Text fw={500}>{round.name}</Text>
                <Text size="xs" c="dimmed">
                  {t('home.week', { count: round.weekNumber })}
                </Text>
              </Stack>
              <RoundBadges round={round} />
            </Group>
            <Text size="sm">
              {t('organizer.round.window', {
                opens: formatDateTime(round.opensAt, i18n.language),
                closes: formatDateTime(round.closesAt, i18n.language),
              })}
            </Text>
            <RoundPaperSummary round={round} align="left" />
            <RoundActions round={round} onEdit={onEdit} wrap />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
