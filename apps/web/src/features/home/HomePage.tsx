import type { CurrentRoundResponse } from '@contest/contracts';
import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';

import type { Received } from '../../lib/received-at';
import { useServerClock } from '../../lib/use-server-clock';
import { ErrorState } from '../../shared/ErrorState';
import { PageLoader } from '../../shared/PageLoader';
import { paths } from '../../shared/paths';
import { homePathFor } from '../auth/redirects';
import { useCurrentUser } from '../auth/session';
import { useCurrentRound } from '../rounds/use-current-round';
import { InitiativeTodoCards, OpenInitiativeCallCards } from './InitiativeHomeCards';
import { RoundCard } from './RoundCard';

export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();

  // Judges and organizers do not take the quiz: their start page is their own work.
  if (homePathFor(user.role) !== paths.home) return <Navigate to={homePathFor(user.role)} replace />;
  return (
    <Stack gap="md">
      <Stack gap={0}>
        <Title order={2}>{t('home.greeting', { name: user.fullName })}</Title>
        {user.unitName && <Text c="dimmed">{user.unitName}</Text>}
      </Stack>
      {/* What waits for them (a returned initiative, the unit's inbox) comes before the quiz; open calls after. */}
      <InitiativeTodoCards role={user.role} />
      <CurrentRounds />
      <OpenInitiativeCallCards role={user.role} />
    </Stack>
  );
}

function CurrentRounds() {
  const { t } = useTranslation();
  const current = useCurrentRound();

  if (current.isPending) return <PageLoader />;
  if (current.isError) return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;
  if (current.data.rounds.length === 0) {
    return (
      <Card withBorder padding="lg">
        <Text>{t('home.noRound')}</Text>
      </Card>
    );
  }
  return <RoundCards current={current.data} onPhaseEnd={() => void current.refetch()} />;
}

/** One card per round: several contests (a practice one beside the real one) can be open at once. */
function RoundCards({
  current,
  onPhaseEnd,
}: {
  current: Received<CurrentRoundResponse>;
  onPhaseEnd(): void;
}) {
  const clock = useServerClock(current.serverNow, current.receivedAt);
  return (
    <Stack gap="md">
      {current.rounds.map((entry) => (
        <RoundCard key={entry.round.id} entry={entry} clock={clock} onPhaseEnd={onPhaseEnd} />
      ))}
    </Stack>
  );
}
