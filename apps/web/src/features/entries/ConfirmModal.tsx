import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { ErrorAlert } from '../../shared/ErrorAlert';

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  keepLabel: string;
  confirmLabel: string;
  busy?: boolean;
  error?: unknown;
  onClose(): void;
  onConfirm(): void;
  testId: string;
}

/** A question before something that cannot be undone (withdrawing an entry, dropping an upload). */
export function ConfirmModal({
  opened,
  title,
  children,
  keepLabel,
  confirmLabel,
  busy = false,
  error = null,
  onClose,
  onConfirm,
  testId,
}: ConfirmModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack>
        <Text size="sm" component="div">
          {children}
        </Text>
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {keepLabel}
          </Button>
          <Button color="red" onClick={onConfirm} loading={busy} data-testid={testId}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
