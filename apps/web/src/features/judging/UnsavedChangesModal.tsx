import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Blocker } from 'react-router-dom';

/** Asked when the judge leaves a sheet with points typed but not saved. */
export function UnsavedChangesModal({ blocker }: { blocker: Blocker }) {
  const { t } = useTranslation();
  const opened = blocker.state === 'blocked';
  return (
    <Modal opened={opened} onClose={() => blocker.reset?.()} title={t('judging.unsaved.title')} centered>
      <Stack>
        <Text size="sm">{t('judging.unsaved.body')}</Text>
        <Group justify="flex-end" preventGrowOverflow={false}>
          <Button variant="default" onClick={() => blocker.reset?.()}>
            {t('judging.unsaved.stay')}
          </Button>
          <Button color="red" variant="light" onClick={() => blocker.proceed?.()} data-testid="unsaved-leave">
            {t('judging.unsaved.leave')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
