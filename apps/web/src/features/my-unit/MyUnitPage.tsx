import type { RoundSummary } from '@contest/contracts';
import { Alert, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';

import { callApi, queryKeys } from '../../api';
import { foldDiacritics } from '../../lib/fold-diacritics';
import { ErrorState } from '../../shared/ErrorState';
import { PageLoader } from '../../shared/PageLoader';
import { paths } from '../../shared/paths';
import { hasUnitDashboard, useCurrentUser } from '../auth/session';
import { useCurrentRound } from '../rounds/use-current-round';
import { MembersTable } from './MembersTable';
import { ParticipationSummary } from './ParticipationSummary';
import { RoundSelect } from './RoundSelect';

export function MyUnitPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();

  if (!hasUnitDashboard(user)) return <Navigate to={paths.home} replace />;
  if (user.unitId === null) {
    return (
      <Alert color="yellow" variant="light">
        {t('myUnit.noUnit')}
      </Alert>
    );
  }
  return <CurrentRoundParticipation unitId={user.unitId} />;
}

function CurrentRoundParticipation({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const current = useCurrentRound();
  const [chosenRoundId, setChosenRoundId] = useState<number | null>(null);

  if (current.isPending) return <PageLoader />;
  if (current.isError) return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;
  const rounds = current.data.rounds.map((entry) => entry.round);
  const round = rounds.find((candidate) => candidate.id === chosenRoundId) ?? rounds[0];
  if (!round) return <Text c="dimmed">{t('home.noRound')}</Text>;
  return (
    <Participation
      unitId={unitId}
      round={round}
      roundPicker={
        rounds.length > 1 && <RoundSelect rounds={rounds} value={round.id} onChange={setChosenRoundId} />
      }
    />
  );
}

interface ParticipationProps {
  unitId: number;
  round: RoundSummary;
  roundPicker: ReactNode;
}

function Participation({ unitId, round, roundPicker }: ParticipationProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const participation = useQuery({
    queryKey: queryKeys.unitParticipation(unitId, round.id),
    queryFn: () => callApi('unitParticipation', { params: { unitId }, query: { roundId: round.id } }),
    refetchInterval: 60_000,
  });

  const filtered = useMemo(() => {
    const data = participation.data;
    const needle = foldDiacritics(search.trim());
    if (!data || !needle) return data;
    const matches = (member: { fullName: string; unitName: string }) =>
      foldDiacritics(`${member.fullName} ${member.unitName}`).includes(needle);
    return { participants: data.participants.filter(matches), absentees: data.absentees.filter(matches) };
  }, [participation.data, search]);

  if (participation.isPending) return <PageLoader />;
  if (participation.isError) {
    return <ErrorState error={participation.error} onRetry={() => void participation.refetch()} />;
  }

  const { unit } = participation.data;
  const { participants, absentees } = filtered ?? participation.data;
  return (
    <Stack gap="md">
      <Stack gap={0}>
        <Title order={2}>{t('myUnit.title')}</Title>
        <Text fw={500}>{unit.name}</Text>
        {unit.ancestry.length > 0 && (
          <Text size="sm" c="dimmed">
            {unit.ancestry.join(' › ')}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('myUnit.round', { round: round.name, week: round.weekNumber })}
        </Text>
      </Stack>
      {roundPicker}

      <ParticipationSummary participation={participation.data} />

      <TextInput
        label={t('myUnit.search')}
        placeholder={t('myUnit.searchPlaceholder')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
      />

      <Tabs defaultValue="participants" keepMounted={false}>
        <Tabs.List grow>
          <Tabs.Tab value="participants">
            {t('myUnit.participantsTab', { count: participants.length })}
          </Tabs.Tab>
          <Tabs.Tab value="absentees">{t('myUnit.absenteesTab', { count: absentees.length })}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="participants" pt="sm">
          <MembersTable key={search} members={participants} withResults testId="participants-table" />
        </Tabs.Panel>
        <Tabs.Panel value="absentees" pt="sm">
          <MembersTable key={search} members={absentees} withResults={false} testId="absentees-table" />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
