import type { UnitsBoardRow } from '@contest/contracts';
import { Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDecimal, formatNumber, formatPercent } from '../../lib/format';
import { useNarrowScreen } from '../../shared/use-narrow-screen';
import { RankMark } from './RankMark';
import { RateBar } from './RateBar';

interface BoardRowsProps {
  rows: readonly UnitsBoardRow[];
  /** The round hides scores (or nobody took part yet): no column of dashes. */
  showScores: boolean;
  /** Over several weeks participants are person-weeks, not people: worded so. */
  overall: boolean;
  /** What tells apart units that share a name (see namesToTellApart). */
  apart: ReadonlyMap<number, string>;
}

/** A unit's name, followed by its parent's name (or code) when another unit has the same name. */
function UnitNameText({ row, apart }: { row: UnitsBoardRow; apart: ReadonlyMap<number, string> }) {
  const other = apart.get(row.unitId);
  return (
    <>
      {row.name}
      {other && (
        <Text span inherit c="dimmed" fw={500}>
          {' · '}
          {other}
        </Text>
      )}
    </>
  );
}

/** The board as a table on wide screens; on a phone one compact row per unit, bar underneath. */
export function BoardRows(props: BoardRowsProps) {
  const narrow = useNarrowScreen();
  return narrow ? <BoardList {...props} /> : <BoardTable {...props} />;
}

export function useBoardFigures(overall: boolean) {
  const { t, i18n } = useTranslation();
  return {
    rate: (row: UnitsBoardRow) =>
      row.participationRate === null ? '—' : formatPercent(row.participationRate, i18n.language),
    people: (row: UnitsBoardRow) =>
      t(overall ? 'unitsBoard.attemptsOf' : 'unitsBoard.peopleOf', {
        participants: formatNumber(row.participants, i18n.language),
        headcount: formatNumber(row.headcount, i18n.language),
      }),
    score: (row: UnitsBoardRow) =>
      row.averageScore === null ? '—' : formatDecimal(row.averageScore, i18n.language),
  };
}

function BoardList({ rows, showScores, overall, apart }: BoardRowsProps) {
  const { t } = useTranslation();
  const figures = useBoardFigures(overall);
  return (
    <Stack gap={6} data-testid="board-rows">
      {rows.map((row) => (
        <Paper key={row.unitId} withBorder p="xs" radius="md" data-testid="board-row">
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <RankMark rank={row.rank} size={30} />
            <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
              <Group gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
                <Text size="sm" fw={600} lh={1.3} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                  <UnitNameText row={row} apart={apart} />
                </Text>
                <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
                  {figures.rate(row)}
                </Text>
              </Group>
              <RateBar rate={row.participationRate} size="sm" />
              <Text size="xs" c="dimmed">
                {t(`units.levels.${row.level}`)} · {figures.people(row)}
                {showScores && row.averageScore !== null
                  ? ` · ${t('unitsBoard.scoreShort', { score: figures.score(row) })}`
                  : ''}
              </Text>
            </Stack>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

function BoardTable({ rows, showScores, overall, apart }: BoardRowsProps) {
  const { t, i18n } = useTranslation();
  const figures = useBoardFigures(overall);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="board-rows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={64} ta="center">
              {t('unitsBoard.columns.rank')}
            </Table.Th>
            <Table.Th>{t('unitsBoard.columns.unit')}</Table.Th>
            <Table.Th>{t('unitsBoard.columns.level')}</Table.Th>
            <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
              {t(overall ? 'unitsBoard.columns.attempts' : 'unitsBoard.columns.people')}
            </Table.Th>
            <Table.Th w={260}>{t('unitsBoard.columns.rate')}</Table.Th>
            {showScores && (
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('unitsBoard.columns.averageScore')}
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.unitId} data-testid="board-row">
              <Table.Td>
                <Group justify="center">
                  <RankMark rank={row.rank} size={30} />
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  <UnitNameText row={row} apart={apart} />
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`units.levels.${row.level}`)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatNumber(row.participants, i18n.language)} / {formatNumber(row.headcount, i18n.language)}
              </Table.Td>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <div style={{ flex: 1 }}>
                    <RateBar rate={row.participationRate} />
                  </div>
                  <Text size="sm" fw={700} w={56} ta="right">
                    {figures.rate(row)}
                  </Text>
                </Group>
              </Table.Td>
              {showScores && <Table.Td ta="right">{figures.score(row)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
