import type { CurrentRoundEntry } from '@contest/contracts';
import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDateTime, formatNumber } from '../../lib/format';
import type { ServerClock } from '../../lib/server-clock';
import { LabeledValue } from '../../shared/LabeledValue';
import { paths } from '../../shared/paths';
import { useCurrentUser } from '../auth/session';
import { AttemptAction } from './AttemptAction';
import { RoundCountdown } from './RoundCountdown';
import { scoresShownLater } from './start-rules';

const STATUS_COLOR = { upcoming: 'blue', open: 'teal', closed: 'gray' } as const;

interface RoundCardProps {
  entry: CurrentRoundEntry;
  clock: ServerClock;
  onPhaseEnd(): void;
}

export function RoundCard({ entry, clock, onPhaseEnd }: RoundCardProps) {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const { round, mayTakePart, myAttemptsUsed } = entry;
  const language = i18n.language;

  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-label={`${round.contestName} · ${round.name}`}
      data-testid="round-card"
    >
      <Stack gap="md">
        <Stack gap={4}>
          <Text size="sm" c="dimmed" data-testid="round-contest">
            {round.contestName}
          </Text>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Title order={3}>{round.name}</Title>
            <Badge color={STATUS_COLOR[round.status]} variant="light" style={{ flexShrink: 0 }}>
              {t(`roundStatus.${round.status}`)}
            </Badge>
          </Group>
          <Text size="sm">{t('home.week', { count: round.weekNumber })}</Text>
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
          {mayTakePart && (
            <LabeledValue
              size="sm"
              label={t('home.attempts')}
              value={t('home.attemptsValue', { used: myAttemptsUsed, allowed: round.attemptsAllowed })}
            />
          )}
        </SimpleGrid>

        {scoresShownLater(round, clock.now()) && (
          <Text size="sm" c="dimmed" data-testid="score-after-close">
            {t('home.scoreAfterClose', { time: formatDateTime(round.reviewOpensAt, language) })}
          </Text>
        )}

        {mayTakePart ? (
          <AttemptAction entry={entry} clock={clock} />
        ) : (
          <Alert color="gray" variant="light" data-testid="not-taking-part">
            {t(`home.notTakingPart.${user.role}`)}
          </Alert>
        )}
        {myAttemptsUsed > 0 && (
          <Button component={Link} to={paths.history} variant="subtle" size="sm">
            {t('home.seeResults')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
