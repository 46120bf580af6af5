import type { PublicResults } from '@contest/contracts';
import { Anchor, Card, Container, Pagination, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { callApi, queryKeys } from '../../api';
import { formatDateTime, formatNumber } from '../../lib/format';
import { ErrorState } from '../../shared/ErrorState';
import { LabeledValue } from '../../shared/LabeledValue';
import { NotFoundPage } from '../../shared/NotFoundPage';
import { PageLoader } from '../../shared/PageLoader';
import { paths } from '../../shared/paths';
import { RankingTable } from '../../shared/RankingTable';
import { useIdParam } from '../../shared/use-id-param';
import { WinnersByPrize } from './WinnersByPrize';

const PAGE_SIZE = 50;

export function PublicRoundPage() {
  const roundId = useIdParam('roundId');
  return roundId === null ? <NotFoundPage /> : <PublicRound roundId={roundId} />;
}

function PublicRound({ roundId }: { roundId: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const results = useQuery({
    queryKey: queryKeys.publicResults(roundId, page),
    queryFn: () => callApi('publicResults', { params: { roundId }, query: { page, pageSize: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });

  return (
    <Container size="md" px={0}>
      <Stack gap="md">
        <Anchor component={Link} to={paths.publicResults} size="sm">
          {t('publicResults.back')}
        </Anchor>
        {results.isPending ? (
          <PageLoader />
        ) : results.isError ? (
          <ErrorState error={results.error} onRetry={() => void results.refetch()} />
        ) : (
          <RoundResults results={results.data} page={page} onPage={setPage} />
        )}
      </Stack>
    </Container>
  );
}

function RoundResults({
  results,
  page,
  onPage,
}: {
  results: PublicResults;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const { round } = results;
  const pageCount = Math.max(1, Math.ceil(results.total / PAGE_SIZE));
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Text size="sm" c="dimmed">
          {round.contestName} · {t('home.week', { week: round.weekNumber })}
        </Text>
        <Title order={2}>{round.roundName}</Title>
      </Stack>
      <Card withBorder padding="md">
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('publicResults.trueValue')}
            </Text>
            <Text fz={28} fw={700} lh={1.2} data-testid="public-true-value">
              {round.trueValue}
            </Text>
          </Stack>
          <LabeledValue
            label={t('publicResults.participants')}
            value={formatNumber(round.participants, i18n.language)}
          />
          <LabeledValue label={t('publicResults.questions')} value={String(round.questionCount)} />
          <LabeledValue
            label={t('publicResults.closedAt')}
            value={formatDateTime(round.closesAt, i18n.language)}
          />
        </SimpleGrid>
      </Card>
      <WinnersByPrize winners={results.winners} />
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('publicResults.ranking')}
        </Title>
        <RankingTable entries={results.ranking} testId="public-ranking" rowTestId="public-ranking-row" />
        {pageCount > 1 && <Pagination total={pageCount} value={page} onChange={onPage} size="sm" />}
      </Stack>
    </Stack>
  );
}
