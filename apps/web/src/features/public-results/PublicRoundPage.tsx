import type { PublicResults } from '@contest/contracts';
import { Alert, Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { ErrorState } from '../../shared/ErrorState';
import { NotFoundPage } from '../../shared/NotFoundPage';
import { PageLoader } from '../../shared/PageLoader';
import { paths } from '../../shared/paths';
import { useIdParam } from '../../shared/use-id-param';
import { useSession } from '../auth/session';
import { MyRankCard } from './MyRankCard';
import { PublicRanking } from './PublicRanking';
import { RoundFacts } from './RoundFacts';
import { usePublicResults } from './use-public-results';
import { WinnersByPrize } from './WinnersByPrize';

export function PublicRoundPage() {
  const roundId = useIdParam('roundId');
  return roundId === null ? <NotFoundPage /> : <PublicRound roundId={roundId} />;
}

function PublicRound({ roundId }: { roundId: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const results = usePublicResults(roundId, page, q);

  const searchFor = (next: string) => {
    setSearch(next);
    setPage(1);
  };

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
          <RoundResults
            results={results.data}
            search={search}
            page={page}
            onSearch={searchFor}
            onPage={setPage}
          />
        )}
      </Stack>
    </Container>
  );
}

interface RoundResultsProps {
  results: PublicResults;
  search: string;
  page: number;
  onSearch(search: string): void;
  onPage(page: number): void;
}

function RoundResults({ results, search, page, onSearch, onPage }: RoundResultsProps) {
  const { t } = useTranslation();
  const session = useSession();
  const { round } = results;
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Text size="sm" c="dimmed">
          {round.contestName} · {t('home.week', { count: round.weekNumber })}
        </Text>
        <Title order={2}>{round.roundName}</Title>
      </Stack>
      <MyRankCard mine={results.mine} signedIn={Boolean(session.data)} participants={round.participants} />
      <RoundFacts round={round} />
      <WinnersByPrize winners={results.winners} />
      {results.rankingPublic ? (
        <PublicRanking
          ranking={results.ranking}
          total={results.total}
          search={search}
          page={page}
          onSearch={onSearch}
          onPage={onPage}
        />
      ) : (
        <Alert color="gray" variant="light" data-testid="ranking-private">
          {t('publicResults.rankingPrivate')}
        </Alert>
      )}
    </Stack>
  );
}
