import type { ContestReport } from '@contest/contracts';
import { Card, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { FigureTable } from './FigureTable';
import { RateBadge } from './RateBadge';
import { levelBars } from './report-figures';
import { useFigureColumns, useUnitCountColumns } from './use-figure-columns';

type LevelRow = ContestReport['byLevel'][number];

export function LevelTable({ byLevel }: { byLevel: ContestReport['byLevel'] }) {
  const { t } = useTranslation();
  const columns = [...useUnitCountColumns<LevelRow>(), ...useFigureColumns<LevelRow>()];
  // The chart's levels, in the same order: province down to school.
  const rows = useMemo(
    () => levelBars(byLevel).flatMap((bar) => byLevel.filter((row) => row.level === bar.level)),
    [byLevel],
  );
  return (
    <Card withBorder padding="md">
      <Text fw={500} mb="xs">
        {t('reports.byLevel.title')}
      </Text>
      <FigureTable
        rows={rows}
        rowKey={(row) => row.level}
        title={{
          key: 'level',
          header: t('reports.columns.level'),
          render: (row) => t(`units.levels.${row.level}`),
        }}
        columns={columns}
        cardBadge={(row) => <RateBadge rate={row.participationRate} />}
        minWidth={760}
        testId="report-by-level"
      />
    </Card>
  );
}
