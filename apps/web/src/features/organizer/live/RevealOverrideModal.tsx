import { liveRevealSchema } from '@contest/contracts';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../shared/ErrorAlert';

const MIN_REASON = 5;

interface RevealOverrideModalProps {
  opened: boolean;
  /** The server's refusal, in the reader's words (how many sheets are missing). */
  refusal: string;
  sending: boolean;
  error: unknown;
  onClose(): void;
  onConfirm(reason: string): void;
}

/** Showing totals before every judge has scored: only with a reason, which the audit log keeps. */
export function RevealOverrideModal(props: RevealOverrideModalProps) {
  const { opened, refusal, sending, error, onClose, onConfirm } = props;
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const valid = liveRevealSchema.shape.override.safeParse(reason).success;
  const confirm = () => {
    setTried(true);
    if (valid) onConfirm(reason.trim());
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('live.control.override.title')} centered>
      <Stack>
        <Text size="sm" data-testid="live-override-refusal">
          {refusal}
        </Text>
        <Textarea
          label={t('live.control.override.reason')}
          description={t('live.control.override.reasonHint', { min: MIN_REASON })}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={500}
          error={tried && !valid ? t('live.control.override.reasonTooShort', { min: MIN_REASON }) : null}
          data-autofocus
          data-testid="live-override-reason"
        />
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end" preventGrowOverflow={false}>
          <Button variant="default" onClick={onClose} disabled={sending}>
            {t('common.cancel')}
          </Button>
          <Button color="orange" onClick={confirm} loading={sending} data-testid="live-override-confirm">
            {t('live.control.override.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
