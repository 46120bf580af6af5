import type { AssignmentBoard, JudgeSummary } from '@contest/contracts';
import { ActionIcon, Badge, Box, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../shared/ErrorAlert';
import { useNarrowScreen } from '../../../shared/use-narrow-screen';
import { EntryStatusBadge } from './EntryAssignmentCard';
import { matrixCell, type BoardEntry, type EntryAssignmentRow } from './assignment-board';
import { useAddAssignment } from './use-stage-admin';

interface MatrixProps {
  board: AssignmentBoard;
  rows: EntryAssignmentRow[];
  readOnly: boolean;
  scoringOpen: boolean;
}

/**
 * Entries × judges at a glance, with a "+" in each free square while the stage is open. On a
 * phone each entry becomes a card listing every judge, since the grid cannot fit.
 */
export function AssignmentMatrix({ board, rows, readOnly, scoringOpen }: MatrixProps) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  const add = useAddAssignment(board.stage.id);
  const onAdd = readOnly
    ? undefined
    : (entry: BoardEntry, judge: JudgeSummary) => add.mutate({ entryId: entry.id, judgeId: judge.id });
  const pendingFor = (entry: BoardEntry, judge: JudgeSummary) =>
    add.isPending && add.variables?.entryId === entry.id && add.variables.judgeId === judge.id;

  if (board.judges.length === 0 || rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('judgingAdmin.matrix.empty')}
      </Text>
    );

  const cell = (entry: BoardEntry, judge: JudgeSummary) => (
    <MatrixSquare
      board={board}
      entry={entry}
      judge={judge}
      onAdd={onAdd}
      pending={pendingFor(entry, judge)}
      scoringOpen={scoringOpen}
    />
  );

  return (
    <Stack gap="xs" data-testid="assignment-matrix">
      <Text size="xs" c="dimmed">
        {t(readOnly ? 'judgingAdmin.matrix.legendReadOnly' : 'judgingAdmin.matrix.legend')}
      </Text>
      {add.isError && <ErrorAlert error={add.error} />}
      {narrow ? (
        <Stack gap="xs">
          {rows.map((row) => (
            <Card key={row.entry.id} withBorder padding="xs" data-testid="matrix-card">
              <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap" mb={6}>
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {row.entry.title}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {row.entry.unitName}
                  </Text>
                </Stack>
                <EntryStatusBadge row={row} />
              </Group>
              <Stack gap={4}>
                {board.judges.map((judge) => (
                  <Group key={judge.id} justify="space-between" gap="xs" wrap="nowrap">
                    <Text size="xs" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                      {judge.fullName}
                    </Text>
                    {cell(row.entry, judge)}
                  </Group>
                ))}
              </Stack>
            </Card>
          ))}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={360 + board.judges.length * 110}>
          <Table withColumnBorders withTableBorder verticalSpacing={6} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th fz="xs">{t('judgingAdmin.matrix.entry')}</Table.Th>
                {board.judges.map((judge) => (
                  <Table.Th key={judge.id} fz="xs" ta="center" miw={100} style={{ verticalAlign: 'bottom' }}>
                    <Stack gap={0}>
                      <Text size="xs" fw={600}>
                        {judge.fullName}
                      </Text>
                      <Text size="xs" c="dimmed" fw={400}>
                        {t('judgingAdmin.judges.load', { scored: judge.scored, assigned: judge.assigned })}
                      </Text>
                    </Stack>
                  </Table.Th>
                ))}
                <Table.Th fz="xs">{t('judgingAdmin.matrix.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.entry.id} data-testid="matrix-row">
                  <Table.Td miw={200}>
                    <Text size="sm" fw={500}>
                      {row.entry.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {row.entry.unitName}
                    </Text>
                  </Table.Td>
                  {board.judges.map((judge) => (
                    <Table.Td key={judge.id} ta="center">
                      {cell(row.entry, judge)}
                    </Table.Td>
                  ))}
                  <Table.Td>
                    {/* A table cell gives way to a badge's 100 % max width; a floor keeps its words whole. */}
                    <Box miw={150}>
                      <EntryStatusBadge row={row} />
                    </Box>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function MatrixSquare({
  board,
  entry,
  judge,
  onAdd,
  pending,
  scoringOpen,
}: {
  board: AssignmentBoard;
  entry: BoardEntry;
  judge: JudgeSummary;
  onAdd?: (entry: BoardEntry, judge: JudgeSummary) => void;
  pending: boolean;
  scoringOpen: boolean;
}) {
  const { t } = useTranslation();
  const square = matrixCell(board, entry, judge);
  if (square.kind === 'ownUnit')
    return (
      <Text size="xs" c="dimmed" style={{ flexShrink: 0 }} data-testid="matrix-own-unit">
        {t('judgingAdmin.matrix.ownUnit')}
      </Text>
    );
  if (square.kind === 'free')
    return onAdd ? (
      <ActionIcon
        variant="light"
        size="sm"
        onClick={() => onAdd(entry, judge)}
        loading={pending}
        aria-label={t('judgingAdmin.matrix.add', { name: judge.fullName, title: entry.title })}
        data-testid="matrix-add"
        style={{ flexShrink: 0 }}
      >
        +
      </ActionIcon>
    ) : (
      <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
        —
      </Text>
    );
  const { assignment } = square;
  const [color, label] =
    assignment.conflict !== null
      ? ['red', t('judgingAdmin.matrix.conflict')]
      : assignment.complete
        ? ['teal', t('judgingAdmin.matrix.complete')]
        : scoringOpen
          ? ['blue', t('judgingAdmin.matrix.pending')]
          : ['gray', t('judgingAdmin.matrix.waiting')];
  return (
    <Badge
      color={color}
      variant="light"
      tt="none"
      size="sm"
      style={{ flexShrink: 0 }}
      title={assignment.conflict ?? t(`judgingAdmin.chip.source.${assignment.source}`)}
      data-testid="matrix-assigned"
    >
      {label}
    </Badge>
  );
}
