import { UNIT_LEVELS, type ContestComparison, type UnitLevel } from '@contest/contracts';
import { Card, Group, Pagination, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ChangeText } from './ChangeText';
import {
  comparedUnits,
  figureChange,
  formatRateChange,
  type ComparedUnit,
  type UnitComparisonFilter,
} from './comparison-figures';
import { FigureTable, type FigureColumn } from './FigureTable';
import { formatCount, formatRate } from './report-figures';
import { useSideLabels } from './use-side-labels';

const PAGE_SIZE = 50;

/** Unit by unit, under today's tree: this contest's participants and rate beside the compared one's. */
export function ComparisonUnits({ comparison }: { comparison: ContestComparison }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Stack gap={2}>
          <Text fw={500}>{t('reports.comparison.units.title')}</Text>
          <Text size="xs" c="dimmed">
            {t('reports.comparison.units.hint')}
          </Text>
        </Stack>
        {comparison.earlier.kind === 'typed' ? (
          <Text size="sm" c="dimmed" data-testid="comparison-units-unknown">
            {t('reports.comparison.units.unknown')}
          </Text>
        ) : (
          <UnitRows comparison={comparison} />
        )}
      </Stack>
    </Card>
  );
}

function UnitRows({ comparison }: { comparison: ContestComparison }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const sides = useSideLabels(comparison);
  const [filter, setFilter] = useState<UnitComparisonFilter>({
    sort: 'participants',
    direction: 'up',
    level: null,
    search: '',
  });
  const [page, setPage] = useState(1);
  const change = (next: Partial<UnitComparisonFilter>) => {
    setFilter((current) => ({ ...current, ...next }));
    setPage(1);
  };

  const rows = useMemo(() => comparedUnits(comparison.units, filter), [comparison.units, filter]);
  const pageCount = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const shownPage = Math.min(page, pageCount);
  const shown = rows.slice((shownPage - 1) * PAGE_SIZE, shownPage * PAGE_SIZE);
  const levels = useMemo(() => {
    const present = new Set(comparison.units.map((unit) => unit.level));
    return UNIT_LEVELS.filter((level) => present.has(level));
  }, [comparison.units]);

  const participantsChange = (unit: ComparedUnit) =>
    figureChange(unit.current.participants, unit.earlier.participants);
  const columns: FigureColumn<ComparedUnit>[] = [
    { key: 'level', header: t('reports.columns.level'), render: (unit) => t(`units.levels.${unit.level}`) },
    {
      key: 'currentParticipants',
      header: t('reports.comparison.columns.participants', { side: sides.current }),
      numeric: true,
      render: (unit) => formatCount(unit.current.participants, language),
    },
    {
      key: 'earlierParticipants',
      header: t('reports.comparison.columns.participants', { side: sides.earlier }),
      numeric: true,
      render: (unit) => formatCount(unit.earlier.participants, language),
    },
    {
      key: 'change',
      inBadge: true,
      header: t('reports.comparison.columns.change'),
      numeric: true,
      render: (unit) => <ChangeText change={participantsChange(unit)} show="delta" />,
    },
    {
      key: 'changePercent',
      inBadge: true,
      header: t('reports.comparison.columns.changePercent'),
      numeric: true,
      render: (unit) => <ChangeText change={participantsChange(unit)} show="percent" />,
    },
    {
      key: 'currentRate',
      header: t('reports.comparison.columns.rate', { side: sides.current }),
      numeric: true,
      render: (unit) => formatRate(unit.current.participationRate, language),
    },
    {
      key: 'earlierRate',
      header: t('reports.comparison.columns.rate', { side: sides.earlier }),
      numeric: true,
      render: (unit) => formatRate(unit.earlier.participationRate, language),
    },
    {
      key: 'rateChange',
      header: t('reports.comparison.columns.rateChange'),
      numeric: true,
      render: (unit) => (
        <ChangeText
          change={figureChange(unit.current.participationRate, unit.earlier.participationRate)}
          label={formatRateChange(unit.current.participationRate, unit.earlier.participationRate, language)}
        />
      ),
    },
  ];
  const levelOptions = [
    { value: 'all', label: t('reports.ranking.allLevels') },
    ...levels.map((value) => ({ value, label: t(`units.levels.${value}`) })),
  ];

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('reports.comparison.units.sortBy')}
          </Text>
          <SegmentedControl
            value={filter.sort}
            onChange={(value) => change({ sort: value as UnitComparisonFilter['sort'] })}
            data={[
              { value: 'participants', label: t('reports.comparison.units.sortParticipants') },
              { value: 'rate', label: t('reports.comparison.units.sortRate') },
            ]}
            data-testid="comparison-units-sort"
          />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('reports.comparison.units.direction')}
          </Text>
          <SegmentedControl
            value={filter.direction}
            onChange={(value) => change({ direction: value as UnitComparisonFilter['direction'] })}
            data={[
              { value: 'up', label: t('reports.comparison.units.up') },
              { value: 'down', label: t('reports.comparison.units.down') },
            ]}
            data-testid="comparison-units-direction"
          />
        </Stack>
        <Select
          label={t('reports.columns.level')}
          data={levelOptions}
          value={filter.level ?? 'all'}
          onChange={(value) => change({ level: !value || value === 'all' ? null : (value as UnitLevel) })}
          allowDeselect={false}
          w={{ base: '100%', xs: 200 }}
          data-testid="comparison-units-level"
        />
        <TextInput
          label={t('units.tree.search')}
          placeholder={t('units.tree.searchPlaceholder')}
          value={filter.search}
          onChange={(event) => change({ search: event.currentTarget.value })}
          w={{ base: '100%', xs: 340 }}
          data-testid="comparison-units-search"
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t('units.tree.matches', { count: rows.length })}
      </Text>
      {rows.length > 0 && (
        <FigureTable
          rows={shown}
          rowKey={(unit) => unit.unitId}
          title={{ key: 'name', header: t('reports.columns.unit'), render: (unit) => unit.name }}
          columns={columns}
          cardBadge={(unit) => (
            <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
              <ChangeText change={participantsChange(unit)} />
            </Text>
          )}
          minWidth={1000}
          titleWidth={220}
          testId="comparison-units"
        />
      )}
      {pageCount > 1 && <Pagination total={pageCount} value={shownPage} onChange={setPage} size="sm" />}
    </Stack>
  );
}
