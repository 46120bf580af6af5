import type { PublicRankingEntry } from '@contest/contracts';
import { Pagination, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { RankingTable } from '../../shared/RankingTable';
import { PUBLIC_PAGE_SIZE } from './use-public-results';

interface PublicRankingProps {
  ranking: readonly PublicRankingEntry[];
  total: number;
  search: string;
  page: number;
  onSearch(search: string): void;
  onPage(page: number): void;
}

/** The full public ranking, with a name search so a participant can find themself among thousands. */
export function PublicRanking({ ranking, total, search, page, onSearch, onPage }: PublicRankingProps) {
  const { t } = useTranslation();
  const pageCount = Math.max(1, Math.ceil(total / PUBLIC_PAGE_SIZE));
  const searching = search.trim() !== '';
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('publicResults.ranking')}
      </Title>
      <TextInput
        type="search"
        label={t('publicResults.search')}
        placeholder={t('publicResults.searchPlaceholder')}
        value={search}
        onChange={(event) => onSearch(event.currentTarget.value)}
        data-testid="public-search"
      />
      {searching && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('publicResults.matches', { count: total })}
        </Text>
      )}
      {searching && total === 0 ? (
        <Text c="dimmed" py="sm">
          {t('publicResults.noMatch')}
        </Text>
      ) : (
        <RankingTable entries={ranking} testId="public-ranking" rowTestId="public-ranking-row" />
      )}
      {pageCount > 1 && (
        <Pagination total={pageCount} value={page} onChange={onPage} size="sm" siblings={1} />
      )}
    </Stack>
  );
}
