import type { ScreeningEntry } from '@contest/contracts';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../shared/ErrorAlert';
import { MAX_REJECT_REASON, MIN_REJECT_REASON, rejectReasonOk } from './screening-view';
import { useScreenEntry } from './use-screen-entry';

export function RejectModal({ entry, onClose }: { entry: ScreeningEntry | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={entry !== null}
      onClose={onClose}
      title={entry ? t('clipsAdmin.reject.title', { id: entry.id }) : ''}
      size="lg"
    >
      {entry && <RejectForm key={entry.id} entry={entry} onDone={onClose} />}
    </Modal>
  );
}

/** The reason goes to the unit as written, so it can fix the entry while the window is open. */
function RejectForm({ entry, onDone }: { entry: ScreeningEntry; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState(entry.screeningReason ?? '');
  const [tried, setTried] = useState(false);
  const reject = useScreenEntry(onDone);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!rejectReasonOk(reason)) return;
    reject.mutate({
      entryId: entry.id,
      title: entry.title,
      body: { decision: 'rejected', reason: reason.trim() },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" fw={500}>
          {entry.title}
        </Text>
        <Text size="sm" c="dimmed">
          {entry.unitName}
        </Text>
        <Textarea
          required
          autoFocus
          label={t('clipsAdmin.reject.reason')}
          description={t('clipsAdmin.reject.reasonHint')}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={MAX_REJECT_REASON}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            reject.reset();
          }}
          error={
            tried && !rejectReasonOk(reason)
              ? t('clipsAdmin.reject.tooShort', { min: MIN_REJECT_REASON })
              : undefined
          }
          data-testid="reject-reason"
        />
        {reject.isError && <ErrorAlert error={reject.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={reject.isPending} data-testid="reject-submit">
            {t('clipsAdmin.reject.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
