import { finaliseRequestSchema } from '@contest/contracts';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../shared/ErrorAlert';
import { useFinaliseRound } from './use-finalisation';

interface RefinaliseModalProps {
  roundId: number;
  opened: boolean;
  onClose: () => void;
}

/** Recomputing a finalised round is audited: it needs a reason. */
export function RefinaliseModal({ roundId, opened, onClose }: RefinaliseModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('organizer.results.refinaliseTitle')}>
      {opened && <RefinaliseForm roundId={roundId} onDone={onClose} />}
    </Modal>
  );
}

function RefinaliseForm({ roundId, onDone }: { roundId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const finalise = useFinaliseRound(roundId);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = () => {
    const request = { refinalise: true, reason };
    if (!finaliseRequestSchema.safeParse(request).success) {
      setInvalid(true);
      return;
    }
    finalise.mutate({ refinalise: true, reason: reason.trim() }, { onSuccess: onDone });
  };

  return (
    <Stack gap="md">
      <Text size="sm">{t('organizer.results.refinaliseHint')}</Text>
      <Textarea
        required
        label={t('organizer.results.reason')}
        autosize
        minRows={2}
        value={reason}
        onChange={(event) => {
          setReason(event.currentTarget.value);
          setInvalid(false);
        }}
        error={invalid ? t('organizer.results.reasonRequired') : undefined}
        data-testid="refinalise-reason"
      />
      {finalise.isError && <ErrorAlert error={finalise.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button color="orange" loading={finalise.isPending} onClick={submit} data-testid="refinalise-confirm">
          {t('organizer.results.refinalise')}
        </Button>
      </Group>
    </Stack>
  );
}
