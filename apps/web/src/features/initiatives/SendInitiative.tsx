import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../shared/ErrorAlert';
import { useSendInitiative } from './initiative-queries';

/** Why the send button is not live yet, in the order the author can do something about it. */
export type SendBlock = 'notSaved' | 'incomplete' | 'unsaveable' | 'processing' | 'uploading' | null;

interface SendInitiativeProps {
  trackId: number;
  entryId: number | null;
  title: string;
  unitName: string;
  block: SendBlock;
  /** Saves what is still waiting; false when the draft could not be saved. */
  flush(): Promise<boolean>;
  onSent(): void;
}

/**
 * Sending to the unit: live only when the checklist is complete and everything is saved, with what
 * happens next said before and in the question (the unit reads it, forwards or returns it; until
 * then it cannot be changed).
 */
export function SendInitiative({
  trackId,
  entryId,
  title,
  unitName,
  block,
  flush,
  onSent,
}: SendInitiativeProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [saving, setSaving] = useState(false);
  const [notSaved, setNotSaved] = useState(false);
  const send = useSendInitiative(trackId);

  const confirm = async () => {
    if (entryId === null) return;
    setSaving(true);
    setNotSaved(false);
    const saved = await flush();
    setSaving(false);
    if (!saved) {
      setNotSaved(true);
      return;
    }
    send.mutate(entryId, {
      onSuccess: () => {
        setAsking(false);
        notifications.show({ color: 'teal', message: t('initiatives.send.done', { title, unit: unitName }) });
        onSent();
      },
    });
  };

  const close = () => {
    setAsking(false);
    setNotSaved(false);
    send.reset();
  };

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('initiatives.send.explain', { unit: unitName })}
      </Text>
      <Button
        size="md"
        disabled={block !== null}
        onClick={() => setAsking(true)}
        data-testid="initiative-send"
      >
        {t('initiatives.send.action')}
      </Button>
      {block && (
        <Text size="xs" c={block === 'notSaved' ? 'dimmed' : 'orange'} data-testid="initiative-send-blocked">
          {t(`initiatives.send.blocked.${block}`)}
        </Text>
      )}
      <Modal opened={asking} onClose={close} title={t('initiatives.send.confirmTitle')} centered>
        <Stack>
          <Text size="sm">{t('initiatives.send.confirmIntro', { title, unit: unitName })}</Text>
          <List size="sm" spacing={4}>
            <List.Item>{t('initiatives.send.next.read')}</List.Item>
            <List.Item>{t('initiatives.send.next.forward')}</List.Item>
            <List.Item>{t('initiatives.send.next.return')}</List.Item>
            <List.Item>{t('initiatives.send.next.locked')}</List.Item>
          </List>
          {notSaved && (
            <Alert color="orange" variant="light" role="alert">
              {t('initiatives.send.notSaved')}
            </Alert>
          )}
          {send.isError && <ErrorAlert error={send.error} />}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={saving || send.isPending}>
              {t('initiatives.send.keep')}
            </Button>
            <Button
              onClick={() => void confirm()}
              loading={saving || send.isPending}
              data-testid="initiative-send-confirm"
            >
              {t('initiatives.send.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
