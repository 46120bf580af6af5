import { Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { ErrorAlert } from '../../shared/ErrorAlert';

interface TimeUpModalProps {
  opened: boolean;
  resultPath: string;
  submitting: boolean;
  error: unknown;
  onRetry(): void;
}

/** Time is up: the answers go in by themselves; the participant can only wait or retry. */
export function TimeUpModal({ opened, resultPath, submitting, error, onRetry }: TimeUpModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title={t('quiz.timeUp.title')}
      centered
    >
      <Stack align="center">
        {submitting && <Loader size="sm" />}
        <Text ta="center">{submitting ? t('quiz.timeUp.submitting') : t('quiz.timeUp.body')}</Text>
        {!submitting && error !== null && (
          <>
            <ErrorAlert error={error} />
            <Text size="sm" c="dimmed" ta="center">
              {t('quiz.timeUp.systemSubmits')}
            </Text>
            <Group>
              <Button onClick={onRetry}>{t('common.retry')}</Button>
              <Button component={Link} to={resultPath} variant="default">
                {t('quiz.timeUp.viewResult')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
