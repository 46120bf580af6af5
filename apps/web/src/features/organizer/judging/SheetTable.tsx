import type { Criterion } from '@contest/contracts';
import { Paper, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { JudgeTrace, TraceSheet } from './stage-trace';
import { usePointsFormat } from './use-points-format';

interface SheetTableProps {
  trace: JudgeTrace;
  criteria: readonly Criterion[];
  /** The judges' part of a total: the sum of the criteria's maximum points. */
  judgePoints: number;
  zScore: boolean;
  narrow: boolean;
}

/** Every judge's criterion scores for one entry: a grid on a wide screen, one small card per judge on a phone. */
export function SheetTable({ trace, criteria, judgePoints, zScore, narrow }: SheetTableProps) {
  const { t } = useTranslation();
  const format = usePointsFormat();
  if (trace.sheets.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('judgingAdmin.trace.noSheets')}
      </Text>
    );

  const points = (value: number | null) => (value === null ? '—' : format.points(value));

  if (narrow)
    return (
      <Stack gap={6} data-testid="trace-sheets">
        {trace.sheets.map((sheet) => (
          <Paper key={sheet.judgeId} withBorder p="xs" radius="sm" data-testid="trace-sheet">
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs" mb={4}>
              <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                {sheet.judgeName}
              </Text>
              <SheetTotal sheet={sheet} judgePoints={judgePoints} />
            </Group>
            <Stack gap={2}>
              {sheet.cells.map((cell) => (
                <Group key={cell.criterion.id} justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {cell.criterion.name}
                  </Text>
                  <Text size="xs" fw={500} style={{ whiteSpace: 'nowrap' }}>
                    {t('judgingAdmin.trace.outOf', {
                      points: points(cell.points),
                      max: format.points(cell.criterion.maxPoints),
                    })}
                  </Text>
                </Group>
              ))}
              {zScore && (
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="xs" c="dimmed">
                    {t('judgingAdmin.trace.normalised')}
                  </Text>
                  <Text size="xs" fw={600}>
                    {points(sheet.normalised)}
                  </Text>
                </Group>
              )}
            </Stack>
          </Paper>
        ))}
      </Stack>
    );

  const heading = { fz: 'xs', ta: 'right' as const, style: { verticalAlign: 'bottom' as const } };
  return (
    <Table.ScrollContainer minWidth={320 + criteria.length * 110}>
      <Table withTableBorder withColumnBorders verticalSpacing={4} fz="sm" data-testid="trace-sheets">
        <Table.Thead>
          <Table.Tr>
            <Table.Th fz="xs" style={{ verticalAlign: 'bottom' }}>
              {t('judgingAdmin.trace.judge')}
            </Table.Th>
            {criteria.map((c) => (
              <Table.Th key={c.id} {...heading}>
                {c.name}
                <Text span size="xs" c="dimmed" fw={400} display="block">
                  {t('judgingAdmin.trace.max', { max: format.points(c.maxPoints) })}
                </Text>
              </Table.Th>
            ))}
            <Table.Th {...heading}>
              {t('judgingAdmin.trace.sheetTotal')}
              <Text span size="xs" c="dimmed" fw={400} display="block">
                {t('judgingAdmin.trace.max', { max: format.points(judgePoints) })}
              </Text>
            </Table.Th>
            {zScore && <Table.Th {...heading}>{t('judgingAdmin.trace.normalised')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trace.sheets.map((sheet) => (
            <Table.Tr key={sheet.judgeId} data-testid="trace-sheet">
              <Table.Td>{sheet.judgeName}</Table.Td>
              {sheet.cells.map((cell) => (
                <Table.Td key={cell.criterion.id} ta="right">
                  {points(cell.points)}
                </Table.Td>
              ))}
              <Table.Td ta="right">
                <SheetTotal sheet={sheet} judgePoints={judgePoints} />
              </Table.Td>
              {zScore && (
                <Table.Td ta="right" fw={600}>
                  {points(sheet.normalised)}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A sheet's total; struck through when the trimmed mean leaves it out, a note while unfinished. */
function SheetTotal({ sheet, judgePoints }: { sheet: TraceSheet; judgePoints: number }) {
  const { t } = useTranslation();
  const format = usePointsFormat();
  if (sheet.total === null)
    return (
      <Text size="xs" c="orange.8" fw={500} style={{ whiteSpace: 'nowrap' }} data-testid="sheet-unfinished">
        {t('judgingAdmin.trace.unfinished')}
      </Text>
    );
  return (
    <Stack gap={0} align="flex-end">
      <Text
        size="sm"
        fw={600}
        td={sheet.dropped ? 'line-through' : undefined}
        c={sheet.dropped ? 'dimmed' : undefined}
        style={{ whiteSpace: 'nowrap' }}
        aria-label={t('judgingAdmin.trace.totalLabel', {
          total: format.points(sheet.total),
          max: format.points(judgePoints),
        })}
      >
        {format.points(sheet.total)}
      </Text>
      {sheet.dropped && (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="sheet-dropped">
          {t(`judgingAdmin.trace.dropped.${sheet.dropped}`)}
        </Text>
      )}
    </Stack>
  );
}
