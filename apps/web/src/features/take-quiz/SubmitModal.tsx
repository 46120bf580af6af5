import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../shared/ErrorAlert';

interface SubmitModalProps {
  opened: boolean;
  unanswered: number;
  submitting: boolean;
  error: unknown;
  onClose(): void;
  onConfirm(): void;
}

export function SubmitModal({ opened, unanswered, submitting, error, onClose, onConfirm }: SubmitModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('quiz.confirm.title')} centered>
      <Stack>
        <Text>
          {unanswered > 0
            ? t('quiz.confirm.unanswered', { count: unanswered })
            : t('quiz.confirm.allAnswered')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('quiz.confirm.final')}
        </Text>
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={submitting}>
            {t('quiz.confirm.cancel')}
          </Button>
          <Button onClick={onConfirm} loading={submitting} data-testid="confirm-submit">
            {t('quiz.confirm.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
