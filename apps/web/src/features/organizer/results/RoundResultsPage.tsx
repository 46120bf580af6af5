import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '../../../shared/ErrorState';
import { NotFoundPage } from '../../../shared/NotFoundPage';
import { PageLoader } from '../../../shared/PageLoader';
import { RankingTable } from '../../../shared/RankingTable';
import { useIdParam } from '../../../shared/use-id-param';
import { RoundPageHeader } from '../common/RoundPageHeader';
import { FinaliseCard } from './FinaliseCard';
import { FinalisationSummary } from './FinalisationSummary';
import { QuestionStatsTable } from './QuestionStatsTable';
import { RoundExports } from './RoundExports';
import { RoundRanking } from './RoundRanking';
import { isNotFinalised, useFinalisation } from './use-finalisation';

export function RoundResultsPage() {
  const roundId = useIdParam('roundId');
  return roundId === null ? <NotFoundPage /> : <RoundResults roundId={roundId} />;
}

function RoundResults({ roundId }: { roundId: number }) {
  const { t } = useTranslation();
  const finalisation = useFinalisation(roundId);

  let body;
  if (finalisation.isPending) body = <PageLoader />;
  else if (finalisation.isError) {
    body = isNotFinalised(finalisation.error) ? (
      <FinaliseCard roundId={roundId} />
    ) : (
      <ErrorState error={finalisation.error} onRetry={() => void finalisation.refetch()} />
    );
  } else {
    const data = finalisation.data;
    body = (
      <Stack gap="md">
        <FinalisationSummary finalisation={data} />
        <RoundExports roundId={roundId} />
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('organizer.results.winners')}
          </Title>
          <RankingTable entries={data.winners} testId="winners-table" rowTestId="winner-row" />
        </Stack>
        <Tabs defaultValue="ranking" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="ranking" data-testid="tab-ranking">
              {t('organizer.results.ranking')}
            </Tabs.Tab>
            <Tabs.Tab value="stats" data-testid="tab-stats">
              {t('organizer.results.stats', { count: data.flaggedQuestions })}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="ranking" pt="sm">
            <RoundRanking roundId={roundId} version={data.version} />
          </Tabs.Panel>
          <Tabs.Panel value="stats" pt="sm">
            <QuestionStatsTable roundId={roundId} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <RoundPageHeader roundId={roundId} title={t('organizer.results.title')} />
      {body}
    </Stack>
  );
}
