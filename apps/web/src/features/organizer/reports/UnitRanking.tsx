import type { UnitFigures, UnitLevel } from '@contest/contracts';
import { foldForSearch } from '@contest/domain';
import { Card, Group, Pagination, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { hasEveryWord } from '../units/unit-tree';
import { FigureTable, type FigureColumn } from './FigureTable';
import { RateBadge } from './RateBadge';
import { levelsPresent, rankedUnits, type RankingSort } from './report-figures';
import { useFigureColumns } from './use-figure-columns';

const PAGE_SIZE = 50;

interface UnitRankingProps {
  units: readonly UnitFigures[];
  /** Rounds in scope: with several, the table also says in how many each unit took part. */
  roundCount: number;
}

/** Units ranked within their level, by rate or by average score; the ranks are the server's. */
export function UnitRanking({ units, roundCount }: UnitRankingProps) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<RankingSort>('rate');
  const [level, setLevel] = useState<UnitLevel | null>(null);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const figureColumns = useFigureColumns<UnitFigures>();

  const rows = useMemo(() => {
    const folded = foldForSearch(search);
    const sorted = rankedUnits(units, sort, level);
    return folded ? sorted.filter((unit) => hasEveryWord(`${unit.name} ${unit.code}`, folded)) : sorted;
  }, [units, sort, level, search]);
  const pageCount = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const shown = rows.slice(
    (Math.min(page, pageCount) - 1) * PAGE_SIZE,
    Math.min(page, pageCount) * PAGE_SIZE,
  );

  const rank = (value: number | null, of: number) =>
    value === null ? '—' : t('reports.ranking.rankOf', { rank: value, of });
  const columns: FigureColumn<UnitFigures>[] = [
    {
      key: 'rankByRate',
      header: t('reports.columns.rankByRate'),
      numeric: true,
      render: (unit) => rank(unit.rankByRate, unit.rankedOfLevel),
    },
    {
      key: 'rankByScore',
      header: t('reports.columns.rankByScore'),
      numeric: true,
      render: (unit) => rank(unit.rankByScore, unit.rankedOfLevel),
    },
    { key: 'level', header: t('reports.columns.level'), render: (unit) => t(`units.levels.${unit.level}`) },
    ...figureColumns,
    ...(roundCount > 1
      ? [
          {
            key: 'rounds',
            header: t('reports.columns.roundsWithParticipants'),
            numeric: true,
            render: (unit: UnitFigures) => unit.roundsWithParticipants,
          },
        ]
      : []),
  ];
  const levelOptions = [
    { value: 'all', label: t('reports.ranking.allLevels') },
    ...levelsPresent(units).map((value) => ({ value, label: t(`units.levels.${value}`) })),
  ];

  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Stack gap={2}>
          <Text fw={500}>{t('reports.ranking.title')}</Text>
          <Text size="xs" c="dimmed">
            {t('reports.ranking.hint')}
          </Text>
        </Stack>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('reports.ranking.sortBy')}
            </Text>
            <SegmentedControl
              value={sort}
              onChange={(value) => {
                setSort(value as RankingSort);
                setPage(1);
              }}
              data={[
                { value: 'rate', label: t('reports.columns.rate') },
                { value: 'score', label: t('reports.columns.averageScore') },
              ]}
              data-testid="ranking-sort"
            />
          </Stack>
          <Select
            label={t('reports.columns.level')}
            data={levelOptions}
            value={level ?? 'all'}
            onChange={(value) => {
              setLevel(!value || value === 'all' ? null : (value as UnitLevel));
              setPage(1);
            }}
            allowDeselect={false}
            w={{ base: '100%', xs: 200 }}
            data-testid="ranking-level"
          />
          <TextInput
            label={t('units.tree.search')}
            placeholder={t('units.tree.searchPlaceholder')}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              setPage(1);
            }}
            w={{ base: '100%', xs: 340 }}
            data-testid="ranking-search"
          />
        </Group>
        <Text size="sm" c="dimmed">
          {t('units.tree.matches', { count: rows.length })}
        </Text>
        {rows.length > 0 && (
          <FigureTable
            rows={shown}
            rowKey={(unit) => unit.unitId}
            title={{
              key: 'name',
              header: t('reports.columns.unit'),
              render: (unit) => (
                <Stack gap={0} component="span">
                  <Text span size="sm">
                    {unit.name}
                  </Text>
                  {unit.parentName && (
                    <Text span size="xs" c="dimmed" fw={400}>
                      {unit.parentName}
                    </Text>
                  )}
                </Stack>
              ),
            }}
            columns={columns}
            cardBadge={(unit) => <RateBadge rate={unit.participationRate} />}
            minWidth={1000}
            titleWidth={240}
            testId="report-ranking"
          />
        )}
        {pageCount > 1 && (
          <Pagination total={pageCount} value={Math.min(page, pageCount)} onChange={setPage} size="sm" />
        )}
      </Stack>
    </Card>
  );
}
