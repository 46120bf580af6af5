import { Pagination, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { callApi, queryKeys } from '../../../api';
import { ErrorState } from '../../../shared/ErrorState';
import { PageLoader } from '../../../shared/PageLoader';
import { RankingTable } from '../../../shared/RankingTable';

const PAGE_SIZE = 100;

/** The full ranking, a page at a time; `version` changes when the round is finalised again. */
export function RoundRanking({ roundId, version }: { roundId: number; version: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const ranking = useQuery({
    queryKey: [...queryKeys.ranking(roundId, page), version],
    queryFn: () => callApi('roundRanking', { params: { roundId }, query: { page, pageSize: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });

  if (ranking.isPending) return <PageLoader />;
  if (ranking.isError) return <ErrorState error={ranking.error} onRetry={() => void ranking.refetch()} />;
  const pageCount = Math.max(1, Math.ceil(ranking.data.total / PAGE_SIZE));
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('organizer.results.rankingTotal', { count: ranking.data.total })}
      </Text>
      <RankingTable entries={ranking.data.items} testId="ranking-table" rowTestId="ranking-row" />
      {pageCount > 1 && <Pagination total={pageCount} value={page} onChange={setPage} size="sm" />}
    </Stack>
  );
}
