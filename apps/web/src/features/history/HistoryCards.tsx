import { Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatClock, formatDateTime } from '../../lib/format';
import { AttemptStatusBadge } from '../../shared/AttemptStatusBadge';
import { LabeledValue } from '../../shared/LabeledValue';
import { AttemptLink } from './AttemptLink';
import { AttemptScoreText } from './AttemptScoreText';
import type { MyAttempt } from './use-my-attempts';

/** The history on a phone: one card per attempt instead of a table wider than the screen. */
export function HistoryCards({ items }: { items: readonly MyAttempt[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="sm" data-testid="history-cards">
      {items.map((attempt) => (
        <Card key={attempt.id} withBorder padding="sm" data-testid="history-row">
          <Stack gap="xs">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Stack gap={2} miw={0}>
                <Text size="sm" fw={600}>
                  {attempt.roundName}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('history.week', { week: attempt.weekNumber, contest: attempt.contestName })}
                </Text>
              </Stack>
              <AttemptStatusBadge status={attempt.status} />
            </Group>
            <SimpleGrid cols={2} spacing="xs">
              <LabeledValue
                size="sm"
                label={t('history.columns.submittedAt')}
                value={attempt.submittedAt ? formatDateTime(attempt.submittedAt, i18n.language) : '—'}
              />
              {attempt.timeTakenMs !== null && (
                <LabeledValue
                  size="sm"
                  label={t('history.columns.time')}
                  value={formatClock(attempt.timeTakenMs / 1000)}
                />
              )}
            </SimpleGrid>
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                {t('result.score')}
              </Text>
              <AttemptScoreText attempt={attempt} />
            </Stack>
            <Group justify="flex-end">
              <AttemptLink attempt={attempt} />
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
