import { finaliseRequestSchema } from '@contest/contracts';
import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from './ConfirmDialog';
import { useFinaliseRound } from './use-finalisation';
import { refinalisePoints } from './what-becomes-public';

interface RefinaliseModalProps {
  roundId: number;
  /** A published round's public page shows the new results at once. */
  published: boolean;
  opened: boolean;
  onClose: () => void;
}

/** Recomputing a finalised round is audited: it needs a reason. */
export function RefinaliseModal({ roundId, published, opened, onClose }: RefinaliseModalProps) {
  const { t } = useTranslation();
  const finalise = useFinaliseRound(roundId);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);

  const close = () => {
    setReason('');
    setInvalid(false);
    finalise.reset();
    onClose();
  };

  const submit = () => {
    if (!finaliseRequestSchema.safeParse({ refinalise: true, reason }).success) {
      setInvalid(true);
      return;
    }
    finalise.mutate({ refinalise: true, reason: reason.trim() }, { onSuccess: close });
  };

  return (
    <ConfirmDialog
      opened={opened}
      onClose={close}
      title={t('organizer.results.refinaliseTitle')}
      points={refinalisePoints(published)}
      roundId={roundId}
      confirmLabel={t('organizer.results.refinalise')}
      confirmColor="orange"
      onConfirm={submit}
      pending={finalise.isPending}
      error={finalise.error}
      testId="refinalise"
    >
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
    </ConfirmDialog>
  );
}
