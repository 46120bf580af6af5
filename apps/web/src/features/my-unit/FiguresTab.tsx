import type { UnitReport } from '@contest/contracts';
import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { isApiError, routeUrl } from '../../api';
import { ErrorState } from '../../shared/ErrorState';
import { PageLoader } from '../../shared/PageLoader';
import { NO_FIGURE, countText, rankOf, rateText, scoreText } from './figures';
import { StatCard } from './StatCard';
import { SubUnitsTable } from './SubUnitsTable';
import { WeeklyChart } from './WeeklyChart';
import { WeeklyTable } from './WeeklyTable';

interface FiguresTabProps {
  unitId: number;
  report: UseQueryResult<UnitReport>;
}

/** The unit's figures over the contest so far, week by week, and its direct sub-units. */
export function FiguresTab({ unitId, report }: FiguresTabProps) {
  const { t } = useTranslation();
  if (report.isPending) return <PageLoader />;
  if (report.isError && !report.data) {
    if (isApiError(report.error) && report.error.code === 'no_round_yet')
      return (
        <Text c="dimmed" py="md" data-testid="figures-no-round">
          {t('myUnit.rounds.none')}
        </Text>
      );
    return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  }
  const data = report.data;
  return (
    <Stack gap="lg" data-testid="unit-figures">
      <Group justify="space-between" align="flex-end" gap="xs">
        <Stack gap={0} style={{ minWidth: 0, flex: '1 1 220px' }}>
          <Text fw={500}>{t('myUnit.figures.scope', { contest: data.contest.name })}</Text>
          <Text size="xs" c="dimmed">
            {t('myUnit.figures.rounds', { count: data.rounds.length })}
          </Text>
        </Stack>
        <Button
          component="a"
          href={routeUrl('unitReportXlsx', { params: { unitId }, query: { contestId: data.contest.id } })}
          download
          variant="default"
          size="sm"
          data-testid="report-xlsx"
        >
          {t('myUnit.download')}
        </Button>
      </Group>
      <TotalFigures total={data.total} />
      <Text size="xs" c="dimmed">
        {t('myUnit.figures.noFigureHint')}
      </Text>

      <Card withBorder padding="md">
        <Title order={4} mb="sm">
          {t('myUnit.figures.weeklyTitle')}
        </Title>
        {data.byRound.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('myUnit.figures.noWeeks')}
          </Text>
        ) : (
          <Stack gap="md">
            <WeeklyChart byRound={data.byRound} />
            <WeeklyTable byRound={data.byRound} />
          </Stack>
        )}
      </Card>

      <Stack gap="xs">
        <Title order={4}>{t('myUnit.figures.subUnitsTitle')}</Title>
        <SubUnitsTable subUnits={data.subUnits} />
      </Stack>
    </Stack>
  );
}

function TotalFigures({ total }: { total: UnitReport['total'] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const rank = rankOf(total);
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="xs">
      <StatCard
        label={t('myUnit.figures.rate')}
        value={rateText(total.participationRate, language)}
        hint={t('myUnit.figures.headcount', { count: countText(total.headcount, language) })}
        testId="figure-rate"
      />
      <StatCard
        label={t('myUnit.figures.participants')}
        value={countText(total.participants, language)}
        hint={t('myUnit.figures.participantsHint')}
        testId="figure-participants"
      />
      <StatCard
        label={t('myUnit.figures.attempts')}
        value={countText(total.attempts, language)}
        testId="figure-attempts"
      />
      <StatCard
        label={t('myUnit.figures.averageScore')}
        value={scoreText(total.averageScore, language)}
        testId="figure-average"
      />
      <StatCard
        label={t('myUnit.figures.fullMarks')}
        value={rateText(total.fullMarksShare, language)}
        testId="figure-full-marks"
      />
      <StatCard
        label={t('myUnit.figures.rank')}
        value={rank ? `${rank.rank}/${rank.of}` : NO_FIGURE}
        hint={
          rank ? t('myUnit.figures.rankHint', { rank: rank.rank, of: rank.of }) : t('myUnit.figures.noRank')
        }
        testId="figure-rank"
      />
    </SimpleGrid>
  );
}
