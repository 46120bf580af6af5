import { PRIZE_TIERS, type Contest, type RoundAdmin } from '@contest/contracts';
import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { ErrorState } from '../../../shared/ErrorState';
import { LabeledValue } from '../../../shared/LabeledValue';
import { NotFoundPage } from '../../../shared/NotFoundPage';
import { PageLoader } from '../../../shared/PageLoader';
import { paths } from '../../../shared/paths';
import { prizeLabelKey } from '../../../shared/prize';
import { useIdParam } from '../../../shared/use-id-param';
import { ContestBadges } from '../common/ContestBadges';
import { ContestPageHeader } from '../common/ContestPageHeader';
import { useContest } from '../common/use-organizer-data';
import { ExportButton } from '../exports/ExportButton';
import { ContestRoundsTable } from './ContestRoundsTable';
import { ContestSettingsModal } from './ContestSettingsModal';
import { RoundEditModal } from './RoundEditModal';

/** The contest's yes/no settings, shown under its prizes. */
const CONTEST_SWITCHES = ['onePrizePerPerson', 'unitAdminsCompete', 'publicRankingNames'] as const;

export function ContestDetailPage() {
  const contestId = useIdParam('contestId');
  return contestId === null ? <NotFoundPage /> : <ContestDetail contestId={contestId} />;
}

function ContestDetail({ contestId }: { contestId: number }) {
  const contest = useContest(contestId);
  if (contest.isPending) return <PageLoader />;
  if (contest.isError) return <ErrorState error={contest.error} onRetry={() => void contest.refetch()} />;
  return <ContestView contest={contest.data} />;
}

function ContestView({ contest }: { contest: Contest }) {
  const { t } = useTranslation();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [editedRound, setEditedRound] = useState<RoundAdmin | null>(null);
  // Edits refetch the contest: show the round as it is now, not as it was when the modal opened.
  const currentEdited = editedRound && (contest.rounds.find((round) => round.id === editedRound.id) ?? null);

  return (
    <Stack gap="md">
      <ContestPageHeader
        title={contest.name}
        titleTestId="contest-name"
        actions={
          <Group gap="xs">
            <Button variant="default" onClick={() => setSettingsOpen(true)} data-testid="contest-settings">
              {t('organizer.contest.settings')}
            </Button>
            <Button
              component={Link}
              to={paths.questionBank(contest.id)}
              variant="light"
              data-testid="open-question-bank"
            >
              {t('nav.questionBank')}
            </Button>
            <Button
              component={Link}
              to={paths.collectivePrizes(contest.id)}
              variant="light"
              data-testid="open-collective-prizes"
            >
              {t('collective.title')}
            </Button>
            <Button component={Link} to={paths.contestUnits(contest.id)} variant="light">
              {t('nav.units')}
            </Button>
            <Button
              component={Link}
              to={paths.contestReports(contest.id)}
              variant="light"
              data-testid="open-contest-reports"
            >
              {t('nav.reports')}
            </Button>
          </Group>
        }
      />

      <Card withBorder padding="md">
        <Stack gap="sm">
          <ContestBadges contest={contest} />
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" data-testid="contest-summary">
            {PRIZE_TIERS.map((tier) => (
              <LabeledValue
                key={tier}
                label={t(prizeLabelKey(tier))}
                value={String(contest.prizeCounts[tier])}
              />
            ))}
            {CONTEST_SWITCHES.map((setting) => (
              <LabeledValue
                key={setting}
                label={t(`organizer.contest.${setting}`)}
                value={t(contest[setting] ? 'common.yes' : 'common.no')}
              />
            ))}
          </SimpleGrid>
        </Stack>
      </Card>

      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('organizer.rounds.title')}
        </Title>
        <ContestRoundsTable rounds={contest.rounds} onEdit={setEditedRound} />
      </Stack>

      <Card withBorder padding="md">
        <Stack gap="xs">
          <Text fw={500}>{t('organizer.exports.contestTitle')}</Text>
          <Group>
            <ExportButton
              request={{ kind: 'contest_ranking', contestId: contest.id }}
              label={t('organizer.exports.kind.contest_ranking')}
              testId="export-contest-ranking"
            />
          </Group>
        </Stack>
      </Card>

      <ContestSettingsModal contest={contest} opened={settingsOpen} onClose={() => setSettingsOpen(false)} />
      <RoundEditModal round={currentEdited} topics={contest.topics} onClose={() => setEditedRound(null)} />
    </Stack>
  );
}
