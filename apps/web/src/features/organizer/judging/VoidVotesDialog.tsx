import { Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PointsConfirmDialog } from '../common/PointsConfirmDialog';
import { usePointsFormat } from './use-points-format';
import { useVoidVotes } from './use-vote-audit';
import {
  MAX_VOID_REASON,
  MIN_VOID_REASON,
  voidReasonOk,
  voidRequest,
  waveSlot,
  type VoidTarget,
} from './vote-audit';

/** Asks for the reason and says what goes before voiding; mounted per opening, so it starts empty. */
export function VoidVotesDialog({
  stageId,
  target,
  onClose,
}: {
  stageId: number;
  target: VoidTarget;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = usePointsFormat();
  const voidVotes = useVoidVotes(stageId);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);

  const what =
    target.kind === 'address'
      ? t('judgingAdmin.votes.void.address', {
          ip: target.ip,
          count: format.count(target.votes),
          accounts: format.count(target.accounts),
        })
      : t('judgingAdmin.votes.void.wave', {
          ...waveSlot(target.registeredFrom),
          count: format.count(target.votes),
          accounts: format.count(target.accounts),
        });
  const points = [
    what,
    t('judgingAdmin.votes.void.points.recount'),
    t('judgingAdmin.votes.void.points.kept'),
    t('judgingAdmin.votes.void.points.noRevote'),
  ];

  const confirm = () => {
    setTried(true);
    if (!voidReasonOk(reason)) return;
    voidVotes.mutate(voidRequest(target, reason), {
      onSuccess: ({ voided }) => {
        notifications.show({
          color: 'teal',
          message: t('judgingAdmin.votes.void.done', { count: format.count(voided) }),
        });
        onClose();
      },
    });
  };

  return (
    <PointsConfirmDialog
      opened
      onClose={onClose}
      title={t(
        target.kind === 'address'
          ? 'judgingAdmin.votes.void.titleAddress'
          : 'judgingAdmin.votes.void.titleWave',
      )}
      points={points}
      confirmLabel={t('judgingAdmin.votes.void.confirm')}
      cancelLabel={t('judgingAdmin.votes.void.keep')}
      confirmColor="red"
      onConfirm={confirm}
      pending={voidVotes.isPending}
      error={voidVotes.error}
      testId="void-votes-dialog"
    >
      <Textarea
        required
        autoFocus
        label={t('judgingAdmin.votes.void.reason')}
        description={t('judgingAdmin.votes.void.reasonHint', { min: MIN_VOID_REASON, max: MAX_VOID_REASON })}
        autosize
        minRows={2}
        maxRows={8}
        maxLength={MAX_VOID_REASON}
        value={reason}
        onChange={(event) => {
          setReason(event.currentTarget.value);
          voidVotes.reset();
        }}
        error={
          tried && !voidReasonOk(reason)
            ? t('judgingAdmin.votes.void.reasonError', { min: MIN_VOID_REASON, max: MAX_VOID_REASON })
            : undefined
        }
        data-testid="void-votes-reason"
      />
    </PointsConfirmDialog>
  );
}
