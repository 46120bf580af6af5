import { Button, Group, List, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../shared/ErrorAlert';
import { paths } from '../../../shared/paths';
import type { ConfirmPoint } from './what-becomes-public';

interface ConfirmDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  points: readonly ConfirmPoint[];
  /** The round whose public results page the points may name. */
  roundId: number;
  /** More to fill in before confirming, such as a reason. */
  children?: ReactNode;
  confirmLabel: string;
  confirmColor?: string;
  onConfirm: () => void;
  pending: boolean;
  error: unknown;
  /** Names the dialog and, with `-confirm`, its confirm button. */
  testId: string;
}

/** Asks before a results step, listing what it computes, locks and makes public. */
export function ConfirmDialog({
  opened,
  onClose,
  title,
  points,
  roundId,
  children,
  confirmLabel,
  confirmColor,
  onConfirm,
  pending,
  error,
  testId,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const publicUrl = `${window.location.origin}${paths.publicRound(roundId)}`;
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack gap="md" data-testid={testId}>
        <List size="sm" spacing="xs" style={{ overflowWrap: 'anywhere' }}>
          {points.map((point) => (
            <List.Item key={point}>{t(`organizer.results.confirm.${point}`, { url: publicUrl })}</List.Item>
          ))}
        </List>
        {children}
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
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
