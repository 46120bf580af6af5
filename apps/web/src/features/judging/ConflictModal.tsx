import { conflictDeclarationSchema } from '@contest/contracts';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../shared/ErrorAlert';

interface ConflictModalProps {
  opened: boolean;
  entryTitle: string;
  hasScores: boolean;
  declaring: boolean;
  error: unknown;
  onClose(): void;
  onConfirm(reason: string): void;
}

const MIN_REASON = 5;

/** A judge steps off an entry they cannot score fairly; the reason goes to the audit log. */
export function ConflictModal(props: ConflictModalProps) {
  const { opened, entryTitle, hasScores, declaring, error, onClose, onConfirm } = props;
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const valid = conflictDeclarationSchema.safeParse({ reason }).success;
  const confirm = () => {
    setTried(true);
    if (valid) onConfirm(reason.trim());
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('judging.conflict.title')} centered>
      <Stack>
        <Text size="sm">{t('judging.conflict.body', { title: entryTitle })}</Text>
        <Text size="sm" c="dimmed">
          {hasScores ? t('judging.conflict.scoresSetAside') : t('judging.conflict.leavesList')}
        </Text>
        <Textarea
          label={t('judging.conflict.reason')}
          description={t('judging.conflict.reasonHint', { min: MIN_REASON })}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={500}
          error={tried && !valid ? t('judging.conflict.reasonTooShort', { min: MIN_REASON }) : null}
          data-autofocus
          data-testid="conflict-reason"
        />
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end" preventGrowOverflow={false}>
          <Button variant="default" onClick={onClose} disabled={declaring}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={declaring} data-testid="conflict-confirm">
            {t('judging.conflict.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
