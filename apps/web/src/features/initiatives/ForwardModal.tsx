import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../shared/ErrorAlert';
import { useUnitReview } from './initiative-queries';

interface ForwardModalProps {
  trackId: number;
  entry: { id: number; title: string };
  /** The head who signed the unit's last forward, offered again. */
  head: { name: string; position: string } | null;
  opened: boolean;
  onClose(): void;
  onDone(): void;
}

const filled = (text: string) => text.trim().length >= 2;

/**
 * On to the organizers: the unit records who of its heads confirmed the initiative, and that they
 * confirmed both that it works where applied and that it can be applied (the api requires both).
 */
export function ForwardModal({ trackId, entry, head, opened, onClose, onDone }: ForwardModalProps) {
  const { t } = useTranslation();
  const [headName, setHeadName] = useState(head?.name ?? '');
  const [headPosition, setHeadPosition] = useState(head?.position ?? '');
  const [effective, setEffective] = useState(false);
  const [feasible, setFeasible] = useState(false);
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const review = useUnitReview(trackId, entry.id);
  const ready = filled(headName) && filled(headPosition) && effective && feasible;

  const close = () => {
    review.reset();
    setTried(false);
    onClose();
  };
  const submit = () => {
    setTried(true);
    if (!ready) return;
    review.mutate(
      {
        decision: 'forward',
        headName: headName.trim(),
        headPosition: headPosition.trim(),
        effective: true,
        feasible: true,
        comment: comment.trim(),
      },
      { onSuccess: onDone },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('initiatives.unit.forward.title')} centered size="lg">
      <Stack data-testid="forward-modal">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('initiatives.unit.forward.intro', { title: entry.title })}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            required
            label={t('initiatives.unit.forward.headName')}
            value={headName}
            onChange={(event) => setHeadName(event.currentTarget.value)}
            error={tried && !filled(headName) ? t('initiatives.unit.forward.headNameMissing') : undefined}
            maxLength={120}
            data-testid="head-name"
          />
          <TextInput
            required
            label={t('initiatives.unit.forward.headPosition')}
            placeholder={t('initiatives.unit.forward.headPositionPlaceholder')}
            value={headPosition}
            onChange={(event) => setHeadPosition(event.currentTarget.value)}
            error={
              tried && !filled(headPosition) ? t('initiatives.unit.forward.headPositionMissing') : undefined
            }
            maxLength={120}
            data-testid="head-position"
          />
        </SimpleGrid>
        <Stack gap="xs">
          <Checkbox
            checked={effective}
            onChange={(event) => setEffective(event.currentTarget.checked)}
            label={t('initiatives.unit.forward.effective')}
            error={tried && !effective ? t('initiatives.unit.forward.confirmMissing') : undefined}
            data-testid="confirm-effective"
          />
          <Checkbox
            checked={feasible}
            onChange={(event) => setFeasible(event.currentTarget.checked)}
            label={t('initiatives.unit.forward.feasible')}
            error={tried && !feasible ? t('initiatives.unit.forward.confirmMissing') : undefined}
            data-testid="confirm-feasible"
          />
        </Stack>
        <Textarea
          label={t('initiatives.unit.forward.comment')}
          description={t('initiatives.unit.forward.commentHint')}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={2000}
          data-testid="unit-forward-comment"
        />
        {review.isError && <ErrorAlert error={review.error} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close} disabled={review.isPending}>
            {t('initiatives.unit.cancel')}
          </Button>
          <Button onClick={submit} loading={review.isPending} data-testid="unit-forward-confirm">
            {t('initiatives.unit.forward.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
