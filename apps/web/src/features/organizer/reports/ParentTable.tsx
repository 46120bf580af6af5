import type { ContestReport } from '@contest/contracts';
import { Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { FigureTable } from './FigureTable';
import { RateBadge } from './RateBadge';
import { useFigureColumns, useUnitCountColumns } from './use-figure-columns';

type ParentRow = ContestReport['byParent'][number];

/** Each unit with sub-units: its sub-units' subtrees together, the unit's own people left out. */
export function ParentTable({ byParent }: { byParent: ContestReport['byParent'] }) {
  const { t } = useTranslation();
  const columns = [...useUnitCountColumns<ParentRow>(), ...useFigureColumns<ParentRow>()];
  return (
    <Card withBorder padding="md">
      <Stack gap={2} mb="xs">
        <Text fw={500}>{t('reports.byParent.title')}</Text>
        <Text size="xs" c="dimmed">
          {t('reports.byParent.hint')}
        </Text>
      </Stack>
      {byParent.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reports.empty')}
        </Text>
      ) : (
        <FigureTable
          rows={byParent}
          rowKey={(row) => row.unitId}
          title={{
            key: 'name',
            header: t('reports.columns.parent'),
            render: (row) => (
              <>
                {row.name}
                <Text span size="xs" c="dimmed">
                  {' · '}
                  {t(`units.levels.${row.level}`)}
                </Text>
              </>
            ),
          }}
          columns={columns}
          cardBadge={(row) => <RateBadge rate={row.participationRate} />}
          minWidth={820}
          testId="report-by-parent"
        />
      )}
    </Card>
  );
}
