import type { AssignmentBoard } from '@contest/contracts';
import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../shared/ErrorAlert';
import { AddJudgeForm } from './AddJudgeForm';
import { AssignmentChip } from './AssignmentChip';
import type { EntryAssignmentRow } from './assignment-board';
import { useAddAssignment, useRemoveAssignment } from './use-stage-admin';

/** One accepted entry with its judges as chips, and while the stage is open a way to add or remove one. */
export function EntryAssignmentCard({
  board,
  row,
  readOnly,
  scoringOpen,
}: {
  board: AssignmentBoard;
  row: EntryAssignmentRow;
  readOnly: boolean;
  /** False before judges may score: an unfinished sheet is waiting, not being scored. */
  scoringOpen: boolean;
}) {
  const { t } = useTranslation();
  // Each card has its own requests, so a refusal shows beside the entry it is about.
  const add = useAddAssignment(board.stage.id);
  const remove = useRemoveAssignment(board.stage.id);
  const { entry } = row;
  const error = add.error ?? remove.error;

  return (
    <Card withBorder padding="sm" data-testid="entry-assignments" data-entry-id={entry.id}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fw={500} size="sm" style={{ overflowWrap: 'anywhere' }}>
              {entry.title}
            </Text>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {entry.unitName}
            </Text>
          </Stack>
          <EntryStatusBadge row={row} />
        </Group>
        {row.assignments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('judgingAdmin.entries.noJudges')}
          </Text>
        ) : (
          <Group gap={6} align="flex-start">
            {row.assignments.map((item) => (
              <AssignmentChip
                key={item.assignment.id}
                item={item}
                scoringOpen={scoringOpen}
                removing={remove.isPending && remove.variables === item.assignment.id}
                onRemove={
                  readOnly || item.assignment.complete
                    ? undefined
                    : () => {
                        add.reset();
                        remove.mutate(item.assignment.id);
                      }
                }
              />
            ))}
          </Group>
        )}
        {!readOnly && (
          <AddJudgeForm
            board={board}
            entry={entry}
            pending={add.isPending}
            onAdd={(judgeId, done) => {
              remove.reset();
              add.mutate({ entryId: entry.id, judgeId }, { onSuccess: done });
            }}
          />
        )}
        {error && <ErrorAlert error={error} />}
      </Stack>
    </Card>
  );
}

export function EntryStatusBadge({ row }: { row: EntryAssignmentRow }) {
  const { t } = useTranslation();
  const [color, label] =
    row.missing > 0
      ? ['yellow', t('judgingAdmin.entries.missing', { count: row.missing })]
      : row.scored
        ? ['teal', t('judgingAdmin.entries.scored')]
        : ['blue', t('judgingAdmin.entries.full', { count: row.active })];
  return (
    <Badge color={color} variant="light" tt="none" style={{ flexShrink: 0 }} data-testid="entry-status">
      {label}
    </Badge>
  );
}
