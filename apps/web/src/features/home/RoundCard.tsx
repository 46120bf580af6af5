import type { CurrentRoundResponse, RoundSummary } from '@contest/contracts';
import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDateTime, formatNumber } from '../../lib/format';
import type { Received } from '../../lib/received-at';
import { useServerClock } from '../../lib/use-server-clock';
import { paths } from '../../shared/paths';
import { AttemptAction } from './AttemptAction';
import { RoundCountdown } from './RoundCountdown';
import { LabeledValue } from '../../shared/LabeledValue';

const STATUS_COLOR = { upcoming: 'blue', open: 'teal', closed: 'gray' } as const;

interface RoundCardProps {
  current: Received<CurrentRoundResponse>;
  round: RoundSummary;
  onPhaseEnd(): void;
}

export function RoundCard({ current, round, onPhaseEnd }: RoundCardProps) {
  const { t, i18n } = useTranslation();
  const clock = useServerClock(current.serverNow, current.receivedAt);
  const language = i18n.language;

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {round.contestName}
          </Text>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Title order={3}>{round.name}</Title>
            <Badge color={STATUS_COLOR[round.status]} variant="light">
              {t(`roundStatus.${round.status}`)}
            </Badge>
          </Group>
          <Text size="sm">{t('home.week', { week: round.weekNumber })}</Text>
        </Stack>

        {round.status !== 'closed' && (
          <RoundCountdown
            clock={clock}
            target={round.status === 'upcoming' ? round.opensAt : round.closesAt}
            label={t(round.status === 'upcoming' ? 'home.opensIn' : 'home.closesIn')}
            onElapsed={onPhaseEnd}
          />
        )}

        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
          <LabeledValue size="sm" label={t('home.opensAt')} value={formatDateTime(round.opensAt, language)} />
          <LabeledValue
            size="sm"
            label={t('home.closesAt')}
            value={formatDateTime(round.closesAt, language)}
          />
          <LabeledValue
            size="sm"
            label={t('home.questions')}
            value={formatNumber(round.questionCount, language)}
          />
          <LabeledValue
            size="sm"
            label={t('home.timeLimit')}
            value={t('home.minutes', { minutes: formatNumber(round.timeLimitSeconds / 60, language) })}
          />
          <LabeledValue
            size="sm"
            label={t('home.attempts')}
            value={t('home.attemptsValue', { used: current.myAttemptsUsed, allowed: round.attemptsAllowed })}
          />
        </SimpleGrid>

        <AttemptAction
          round={round}
          attemptsUsed={current.myAttemptsUsed}
          openAttemptId={current.myOpenAttemptId}
        />
        {current.myAttemptsUsed > 0 && (
          <Button component={Link} to={paths.history} variant="subtle" size="sm">
            {t('home.seeResults')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
