import type { EarlierContest } from '@contest/contracts';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../shared/ErrorAlert';
import { useDeleteEarlierContest } from './use-comparison';

interface DeleteEarlierContestModalProps {
  earlier: EarlierContest | null;
  onClose: () => void;
  onDeleted: (earlier: EarlierContest) => void;
}

/** Asks before removing typed-in totals; the contests of the system are not touched. */
export function DeleteEarlierContestModal({ earlier, onClose, onDeleted }: DeleteEarlierContestModalProps) {
  const { t } = useTranslation();
  const remove = useDeleteEarlierContest();
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal opened={earlier !== null} onClose={close} title={t('reports.comparison.deleteConfirm.title')}>
      {earlier && (
        <Stack gap="md" data-testid="earlier-delete">
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('reports.comparison.deleteConfirm.body', { name: earlier.name })}
          </Text>
          {remove.isError && <ErrorAlert error={remove.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(earlier.id, {
                  onSuccess: () => {
                    notifications.show({
                      color: 'teal',
                      message: t('reports.comparison.deleteConfirm.deleted', { name: earlier.name }),
                    });
                    remove.reset();
                    onDeleted(earlier);
                  },
                })
              }
              data-testid="earlier-delete-confirm"
            >
              {t('reports.comparison.deleteConfirm.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
