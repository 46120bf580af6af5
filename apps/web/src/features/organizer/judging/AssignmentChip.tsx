import { ActionIcon, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { EntryAssignment } from './assignment-board';

/**
 * One judge on an entry: how they came to it, whether they finished, and a declared conflict
 * with its reason in red. `onRemove` is left out once the stage is locked.
 */
export function AssignmentChip({
  item,
  scoringOpen,
  onRemove,
  removing,
}: {
  item: EntryAssignment;
  scoringOpen: boolean;
  onRemove?: () => void;
  removing?: boolean;
}) {
  const { t } = useTranslation();
  const { assignment, judge } = item;
  const name = judge?.fullName ?? t('judgingAdmin.entries.unknownJudge', { id: assignment.judgeId });
  const conflicted = assignment.conflict !== null;
  const status = conflicted
    ? t('judgingAdmin.chip.conflict')
    : assignment.complete
      ? t('judgingAdmin.chip.complete')
      : t(scoringOpen ? 'judgingAdmin.chip.pending' : 'judgingAdmin.chip.waiting');
  return (
    <Paper
      withBorder
      radius="md"
      px={8}
      py={3}
      maw="100%"
      style={{ borderColor: conflicted ? 'var(--mantine-color-red-5)' : undefined }}
      data-testid="assignment-chip"
      data-complete={assignment.complete}
      data-conflict={conflicted}
    >
      <Stack gap={0}>
        <Group gap={6} wrap="nowrap" align="center">
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Text>
          {onRemove && (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              onClick={onRemove}
              loading={removing}
              aria-label={t('judgingAdmin.chip.remove', { name })}
              data-testid="assignment-remove"
              style={{ flexShrink: 0 }}
            >
              ×
            </ActionIcon>
          )}
        </Group>
        <Text size="xs" c={conflicted ? 'red.8' : assignment.complete ? 'teal.8' : 'dimmed'}>
          {t(`judgingAdmin.chip.source.${assignment.source}`)} · {status}
        </Text>
        {conflicted && (
          <Text size="xs" c="red.8" style={{ overflowWrap: 'anywhere' }} data-testid="assignment-conflict">
            {t('judgingAdmin.chip.conflictReason', { reason: assignment.conflict })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
