import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../lib/format';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useUnitReview } from './initiative-queries';

/** The least a return's comment says, as the api requires: the author must learn what to change. */
const MIN_COMMENT = 5;

interface ReturnModalProps {
  trackId: number;
  entry: { id: number; title: string; submittedByName: string };
  /** The unit's deadline: the author may fix and send it again until then, even after the call closed. */
  deadline: string | null;
  opened: boolean;
  onClose(): void;
  onDone(): void;
}

/** Back to the author as a draft, with a comment saying what to change before they send it again. */
export function ReturnModal({ trackId, entry, deadline, opened, onClose, onDone }: ReturnModalProps) {
  const { t, i18n } = useTranslation();
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const review = useUnitReview(trackId, entry.id);
  const short = comment.trim().length < MIN_COMMENT;

  const close = () => {
    review.reset();
    setTried(false);
    onClose();
  };
  const submit = () => {
    setTried(true);
    if (short) return;
    review.mutate({ decision: 'return', comment: comment.trim() }, { onSuccess: onDone });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('initiatives.unit.return.title')} centered size="lg">
      <Stack>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {deadline
            ? t('initiatives.unit.return.intro', {
                title: entry.title,
                author: entry.submittedByName,
                deadline: formatDateTime(deadline, i18n.language),
              })
            : t('initiatives.unit.return.introNoDeadline', {
                title: entry.title,
                author: entry.submittedByName,
              })}
        </Text>
        <Textarea
          required
          label={t('initiatives.unit.return.comment')}
          description={t('initiatives.unit.return.commentHint')}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          error={tried && short ? t('initiatives.unit.return.commentShort', { min: MIN_COMMENT }) : undefined}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={2000}
          data-autofocus
          data-testid="unit-return-comment"
        />
        {review.isError && <ErrorAlert error={review.error} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close} disabled={review.isPending}>
            {t('initiatives.unit.cancel')}
          </Button>
          <Button
            color="orange"
            onClick={submit}
            loading={review.isPending}
            data-testid="unit-return-confirm"
          >
            {t('initiatives.unit.return.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
