import type { Contest, ContestReport } from '@contest/contracts';
import { Alert, Divider, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../../lib/format';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { ErrorState } from '../../../shared/ErrorState';
import { PageLoader } from '../../../shared/PageLoader';
import { ContestSelect } from '../units/ContestSelect';
import { useChosenContest } from '../units/use-chosen-contest';
import { ComparisonSection } from './ComparisonSection';
import { LevelChart } from './LevelChart';
import { LevelTable } from './LevelTable';
import { ParentTable } from './ParentTable';
import { RateTree } from './RateTree';
import { ReportTotals } from './ReportTotals';
import { ReportXlsxButton } from './ReportXlsxButton';
import { RoundScopeSelect } from './RoundScopeSelect';
import { TrendChart } from './TrendChart';
import { UnitRanking } from './UnitRanking';
import { UnitsLeftOut } from './UnitsLeftOut';
import { useContestReport, useRoundScope } from './use-contest-report';

export function ReportsPage() {
  const { t } = useTranslation();
  const { contests, contest, chooseContest } = useChosenContest();
  return (
    <Stack gap="md">
      <Title order={2}>{t('reports.title')}</Title>
      {contests.isPending ? (
        <PageLoader />
      ) : contests.isError ? (
        <ErrorState error={contests.error} onRetry={() => void contests.refetch()} />
      ) : contest === null ? (
        <Text c="dimmed">{t('organizer.contests.empty')}</Text>
      ) : (
        <ContestReportView
          key={contest.id}
          contest={contest}
          contests={contests.data.items}
          contestPicker={
            <ContestSelect
              contests={contests.data.items}
              value={contest.id}
              onChange={chooseContest}
              label={t('reports.contest')}
            />
          }
        />
      )}
    </Stack>
  );
}

interface ContestReportViewProps {
  contest: Contest;
  /** Every contest of the system, for the comparison's picker. */
  contests: readonly Contest[];
  contestPicker: React.ReactNode;
}

function ContestReportView({ contest, contests, contestPicker }: ContestReportViewProps) {
  const { t, i18n } = useTranslation();
  const [roundId, setRoundId] = useRoundScope();
  const report = useContestReport(contest.id, roundId);

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" wrap="wrap">
        {contestPicker}
        <RoundScopeSelect rounds={report.data?.rounds ?? []} value={roundId} onChange={setRoundId} />
        <ReportXlsxButton contestId={contest.id} roundId={roundId} />
        {report.isFetching && !report.isPending && <Loader size="sm" />}
      </Group>
      {report.isPending ? (
        <PageLoader />
      ) : report.isError && !report.data ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <Stack gap="md">
          {report.isError && <ErrorAlert error={report.error} />}
          <Text size="xs" c="dimmed" data-testid="report-generated-at">
            {t('reports.generatedAt', { time: formatDateTime(report.data.generatedAt, i18n.language) })}
          </Text>
          <ReportBody report={report.data} />
          <Divider my="sm" />
          <ComparisonSection contest={contest} contests={contests} weekChosen={roundId !== null} />
        </Stack>
      )}
    </Stack>
  );
}

function ReportBody({ report }: { report: ContestReport }) {
  const { t } = useTranslation();
  const wholeContest = report.roundId === null;
  const round = report.rounds.find((candidate) => candidate.id === report.roundId);
  const hiddenScores = wholeContest
    ? report.rounds.some((candidate) => !candidate.scoresVisible)
    : round !== undefined && !round.scoresVisible;

  if (report.rounds.length === 0) return <Text c="dimmed">{t('reports.noRounds')}</Text>;
  return (
    <Stack gap="md">
      {wholeContest && (
        <Text size="sm" c="dimmed">
          {t('reports.contestScopeHint', { count: report.rounds.length })}
        </Text>
      )}
      {hiddenScores && (
        <Alert color="yellow" variant="light" data-testid="report-scores-hidden">
          {t(wholeContest ? 'reports.scoresHiddenSome' : 'reports.scoresHidden')}
        </Alert>
      )}
      <ReportTotals totals={report.totals} wholeContest={wholeContest} />
      <UnitsLeftOut units={report.unitsWithoutHeadcount} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <TrendChart trend={report.trend} />
        <LevelChart byLevel={report.byLevel} />
      </SimpleGrid>
      <RateTree units={report.units} wholeContest={wholeContest} />
      <LevelTable byLevel={report.byLevel} />
      <ParentTable byParent={report.byParent} />
      <UnitRanking units={report.units} roundCount={wholeContest ? report.rounds.length : 1} />
    </Stack>
  );
}
