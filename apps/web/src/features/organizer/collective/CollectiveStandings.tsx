import type { CollectivePrizes, CollectiveStanding } from '@contest/contracts';
import { foldForSearch } from '@contest/domain';
import { Badge, Card, Group, Pagination, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDecimal, formatDong } from '../../../lib/format';
import {
  availableSources,
  prizesGiven,
  splitStandings,
  standingsOf,
  type StandingsSource,
} from './standings';
import { StandingsTable } from './StandingsTable';

const PAGE_SIZE = 50;

/** The finalised result or today's preview, ranked units first and the ineligible ones apart. */
export function CollectiveStandings({ data }: { data: CollectivePrizes }) {
  const { t, i18n } = useTranslation();
  const sources = availableSources(data);
  const [chosen, setChosen] = useState<StandingsSource | null>(null);
  const source = chosen && sources.includes(chosen) ? chosen : sources[0];
  const [search, setSearch] = useState('');

  const { ranked, ineligible } = useMemo(
    () => splitStandings(source ? standingsOf(data, source) : []),
    [data, source],
  );
  const given = prizesGiven(ranked);

  if (!source) {
    return (
      <Card withBorder padding="md">
        <Text c="dimmed">{t('collective.standings.noRule')}</Text>
      </Card>
    );
  }

  const weights = data.rule?.weights;
  return (
    <Stack gap="md" data-testid="collective-standings">
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" gap="sm">
            <Stack gap={2}>
              <Text fw={600}>
                {t(
                  source === 'finalised'
                    ? 'collective.standings.finalisedTitle'
                    : 'collective.standings.previewTitle',
                )}
              </Text>
              <Text size="sm" c="dimmed">
                {t(
                  source === 'finalised'
                    ? 'collective.standings.finalisedHint'
                    : 'collective.standings.previewHint',
                )}
              </Text>
            </Stack>
            {sources.length > 1 && (
              <SegmentedControl
                value={source}
                onChange={(value) => setChosen(value as StandingsSource)}
                data={sources.map((value) => ({ value, label: t(`collective.standings.source.${value}`) }))}
                data-testid="standings-source"
              />
            )}
          </Group>
          {weights && (
            <Text size="sm" data-testid="collective-formula">
              {t('collective.standings.formula', {
                rate: formatDecimal(weights.participationRate, i18n.language),
                score: formatDecimal(weights.averageScore, i18n.language),
                weeks: formatDecimal(weights.roundsWithParticipants, i18n.language),
              })}
            </Text>
          )}
          {given.length > 0 && (
            <Group gap="xs">
              {given.map((prize) => (
                <Badge key={prize.name} color="orange" variant="light" size="lg" tt="none">
                  {t('collective.standings.given', {
                    name: prize.name,
                    count: prize.units,
                    amount: formatDong(prize.amount, i18n.language),
                  })}
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
      </Card>

      <TextInput
        type="search"
        label={t('collective.standings.search')}
        placeholder={t('collective.standings.searchPlaceholder')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        w={{ base: '100%', xs: 320 }}
        data-testid="standings-search"
      />

      <StandingsPart
        key={`${source}-ranked`}
        title={t('collective.standings.ranked', { count: ranked.length })}
        rows={ranked}
        search={search}
        kind="ranked"
        minHeadcount={data.rule?.minHeadcount ?? null}
        empty={t('collective.standings.noRanked')}
        testId="standings-ranked"
      />
      {ineligible.length > 0 && (
        <StandingsPart
          key={`${source}-ineligible`}
          title={t('collective.standings.ineligibleTitle', { count: ineligible.length })}
          hint={t('collective.standings.ineligibleHint')}
          rows={ineligible}
          search={search}
          kind="ineligible"
          minHeadcount={data.rule?.minHeadcount ?? null}
          empty={t('collective.standings.noMatch')}
          testId="standings-ineligible"
        />
      )}
    </Stack>
  );
}

interface StandingsPartProps {
  title: string;
  hint?: string;
  rows: readonly CollectiveStanding[];
  search: string;
  kind: 'ranked' | 'ineligible';
  minHeadcount: number | null;
  empty: string;
  testId: string;
}

function StandingsPart({ title, hint, rows, search, kind, minHeadcount, empty, testId }: StandingsPartProps) {
  const { t } = useTranslation();
  // A new search starts again from the first page.
  const [paged, setPaged] = useState({ search, page: 1 });
  const page = paged.search === search ? paged.page : 1;
  const shown = useMemo(() => {
    const words = foldForSearch(search).split(' ').filter(Boolean);
    if (words.length === 0) return rows;
    return rows.filter((row) => {
      const text = foldForSearch(`${row.name} ${row.code}`);
      return words.every((word) => text.includes(word));
    });
  }, [rows, search]);
  const pageCount = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pageCount);

  return (
    <Stack gap="xs">
      <Stack gap={0}>
        <Text fw={600}>{title}</Text>
        {hint && (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        )}
      </Stack>
      {search.trim() && (
        <Text size="sm" c="dimmed">
          {t('collective.standings.matches', { count: shown.length })}
        </Text>
      )}
      {shown.length === 0 ? (
        <Text c="dimmed" size="sm">
          {empty}
        </Text>
      ) : (
        <StandingsTable
          rows={shown.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE)}
          kind={kind}
          minHeadcount={minHeadcount}
          testId={testId}
        />
      )}
      {pageCount > 1 && (
        <Pagination
          total={pageCount}
          value={current}
          onChange={(next) => setPaged({ search, page: next })}
          size="sm"
        />
      )}
    </Stack>
  );
}
