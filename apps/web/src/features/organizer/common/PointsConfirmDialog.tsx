import { Button, Group, List, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../shared/ErrorAlert';

/** Asks before a step that cannot be undone (finalise, lock, publish), listing what it does, already worded. */
export function PointsConfirmDialog({
  opened,
  onClose,
  title,
  points,
  children,
  confirmLabel,
  cancelLabel,
  confirmColor,
  onConfirm,
  pending,
  error,
  testId,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  points: readonly string[];
  children?: ReactNode;
  confirmLabel: string;
  /** When "Cancel" could be read as the step itself (voiding is "huỷ" in Vietnamese too). */
  cancelLabel?: string;
  confirmColor?: string;
  onConfirm: () => void;
  pending: boolean;
  error: unknown;
  /** Names the dialog and, with `-confirm`, its confirm button. */
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack gap="md" data-testid={testId}>
        <List size="sm" spacing="xs" style={{ overflowWrap: 'anywhere' }}>
          {points.map((point) => (
            <List.Item key={point}>{point}</List.Item>
          ))}
        </List>
        {children}
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {cancelLabel ?? t('common.cancel')}
          </Button>
          <Button
            color={confirmColor}
            loading={pending}
            onClick={onConfirm}
            data-testid={`${testId}-confirm`}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
