import type { CollectiveStanding } from '@contest/contracts';
import { Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDecimal, formatDong, formatNumber, formatPercent } from '../../../lib/format';
import { useNarrowScreen } from '../../../shared/use-narrow-screen';

interface StandingsTableProps {
  rows: readonly CollectiveStanding[];
  /** Ranked units show rank and prize; the others why they may not take one. */
  kind: 'ranked' | 'ineligible';
  minHeadcount: number | null;
  testId: string;
}

interface Column {
  key: string;
  header: string;
  render: (row: CollectiveStanding) => ReactNode;
  /** Columns under the "points" heading. */
  points?: boolean;
}

/**
 * Every figure that goes into a unit's total, beside the points it earned, so anyone can redo the sum:
 * points = weight × rate (capped at 100 %) + weight × average share + weight × weeks ÷ rounds.
 */
export function StandingsTable({ rows, kind, minHeadcount, testId }: StandingsTableProps) {
  const { t, i18n } = useTranslation();
  const narrow = useNarrowScreen();
  const lang = i18n.language;
  const percent = (value: number | null) => (value === null ? '—' : formatPercent(value, lang));
  const decimal = (value: number | null) => (value === null ? '—' : formatDecimal(value, lang));

  const reason = (row: CollectiveStanding) =>
    row.ineligible === 'headcount'
      ? t('collective.standings.ineligible.headcount', {
          headcount: formatNumber(row.headcount, lang),
          min: formatNumber(minHeadcount ?? 0, lang),
        })
      : t('collective.standings.ineligible.level', { level: t(`units.levels.${row.level}`) });

  const columns: Column[] = [
    {
      key: 'headcount',
      header: t('collective.columns.headcount'),
      render: (row) => formatNumber(row.headcount, lang),
    },
    {
      key: 'participants',
      header: t('collective.columns.participants'),
      render: (row) => formatNumber(row.participants, lang),
    },
    { key: 'rate', header: t('collective.columns.rate'), render: (row) => percent(row.participationRate) },
    {
      key: 'score',
      header: t('collective.columns.averageScore'),
      render: (row) => decimal(row.averageScore),
    },
    {
      key: 'share',
      header: t('collective.columns.averageShare'),
      render: (row) => percent(row.averageShare),
    },
    {
      key: 'weeks',
      header: t('collective.columns.weeks'),
      render: (row) => `${row.roundsWithParticipants}/${row.rounds}`,
    },
    {
      key: 'pointsRate',
      header: t('collective.columns.pointsRate'),
      render: (row) => decimal(row.points.participationRate),
      points: true,
    },
    {
      key: 'pointsScore',
      header: t('collective.columns.pointsScore'),
      render: (row) => decimal(row.points.averageScore),
      points: true,
    },
    {
      key: 'pointsWeeks',
      header: t('collective.columns.pointsWeeks'),
      render: (row) => decimal(row.points.roundsWithParticipants),
      points: true,
    },
    {
      key: 'total',
      header: t('collective.columns.total'),
      render: (row) => (
        <Text span fw={700} size="sm">
          {decimal(row.total)}
        </Text>
      ),
    },
  ];

  const prize = (row: CollectiveStanding) =>
    row.prize ? (
      <Stack gap={0} align="flex-start">
        <Text size="sm" fw={600} c="orange.8" style={{ whiteSpace: 'nowrap' }}>
          {row.prize.name}
        </Text>
        <Text size="xs" c="dimmed">
          {formatDong(row.prize.amount, lang)}
        </Text>
      </Stack>
    ) : (
      '—'
    );

  const unit = (row: CollectiveStanding) => (
    <Stack gap={0}>
      <Text size="sm" fw={500}>
        {row.name}
      </Text>
      <Text size="xs" c="dimmed">
        {row.code} · {t(`units.levels.${row.level}`)}
      </Text>
    </Stack>
  );

  if (narrow) {
    return (
      <Stack gap={6} data-testid={testId}>
        {rows.map((row) => (
          <Card key={row.unitId} withBorder padding="xs" data-testid={`${testId}-row`}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs" mb={6}>
              <Group gap="xs" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
                {kind === 'ranked' && (
                  <Text fw={700} size="sm" miw={24}>
                    {row.rank ?? '—'}
                  </Text>
                )}
                <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{unit(row)}</div>
              </Group>
              {kind === 'ranked' ? prize(row) : null}
            </Group>
            {kind === 'ineligible' && (
              <Text size="xs" c="orange.8" mb={4}>
                {reason(row)}
              </Text>
            )}
            <SimpleGrid cols={2} spacing={4} verticalSpacing={2}>
              {columns.map((column) => (
                <Group key={column.key} gap={4} wrap="nowrap" justify="space-between">
                  <Text size="xs" c="dimmed">
                    {column.points
                      ? t('collective.columns.pointsFor', { what: column.header })
                      : column.header}
                  </Text>
                  <Text size="xs" fw={500} ta="right">
                    {column.render(row)}
                  </Text>
                </Group>
              ))}
            </SimpleGrid>
          </Card>
        ))}
      </Stack>
    );
  }

  const cell = { ta: 'right' as const, style: { whiteSpace: 'nowrap' as const } };
  // Headings wrap onto two lines so the thirteen columns fit beside the menu on a laptop.
  const heading = { ta: 'right' as const, fz: 'xs', style: { verticalAlign: 'bottom' } };
  const figureColumns = columns.filter((column) => !column.points && column.key !== 'total');
  const pointColumns = columns.filter((column) => column.points);
  const total = columns.find((column) => column.key === 'total');
  return (
    <Table.ScrollContainer minWidth={1040}>
      <Table striped verticalSpacing={6} withColumnBorders data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {kind === 'ranked' && (
              <Table.Th rowSpan={2} fz="xs" style={{ verticalAlign: 'bottom' }}>
                {t('collective.columns.rank')}
              </Table.Th>
            )}
            <Table.Th rowSpan={2} fz="xs" style={{ verticalAlign: 'bottom' }}>
              {t('collective.columns.unit')}
            </Table.Th>
            {figureColumns.map((column) => (
              <Table.Th key={column.key} rowSpan={2} {...heading}>
                {column.header}
              </Table.Th>
            ))}
            <Table.Th colSpan={pointColumns.length} ta="center" fz="xs">
              {t('collective.columns.points')}
            </Table.Th>
            <Table.Th rowSpan={2} {...heading}>
              {total?.header}
            </Table.Th>
            <Table.Th rowSpan={2} fz="xs" style={{ verticalAlign: 'bottom' }}>
              {kind === 'ranked' ? t('collective.columns.prize') : t('collective.columns.reason')}
            </Table.Th>
          </Table.Tr>
          <Table.Tr>
            {pointColumns.map((column) => (
              <Table.Th key={column.key} {...heading}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.unitId} data-testid={`${testId}-row`}>
              {kind === 'ranked' && (
                <Table.Td fw={700} ta="center">
                  {row.rank ?? '—'}
                </Table.Td>
              )}
              <Table.Td miw={200}>{unit(row)}</Table.Td>
              {[...figureColumns, ...pointColumns].map((column) => (
                <Table.Td key={column.key} {...cell}>
                  {column.render(row)}
                </Table.Td>
              ))}
              <Table.Td {...cell}>{total?.render(row)}</Table.Td>
              <Table.Td>
                {kind === 'ranked' ? (
                  prize(row)
                ) : (
                  <Text size="xs" c="orange.8">
                    {reason(row)}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
