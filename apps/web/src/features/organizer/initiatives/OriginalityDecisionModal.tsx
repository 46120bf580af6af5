import type { EntryOriginality, OriginalityMatch } from '@contest/contracts';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../shared/ErrorAlert';
import { MAX_REASON, MIN_DUPLICATE_REASON, reasonOk } from './originality-view';
import { useDecideOriginality } from './use-initiative-admin';

/** What the organizer is about to record: new, or a duplicate of one of the matches shown. */
export type DecisionTarget = { decision: 'original' } | { decision: 'duplicate'; match: OriginalityMatch };

interface OriginalityDecisionModalProps {
  data: EntryOriginality;
  target: DecisionTarget | null;
  onClose: () => void;
}

export function OriginalityDecisionModal({ data, target, onClose }: OriginalityDecisionModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target ? t(`initiativeAdmin.decide.title.${target.decision}`) : ''}
      size="lg"
    >
      {target && (
        <DecisionForm
          key={target.decision === 'duplicate' ? `${target.match.source}-${target.match.id}` : 'original'}
          data={data}
          target={target}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

/** A duplicate's reason is what its authors and unit will read: it is required, and kept as written. */
function DecisionForm({
  data,
  target,
  onDone,
}: {
  data: EntryOriginality;
  target: DecisionTarget;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState(
    data.originality.decision === target.decision ? (data.originality.reason ?? '') : '',
  );
  const [tried, setTried] = useState(false);
  const decide = useDecideOriginality(data.entryId, onDone);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!reasonOk(target.decision, reason)) return;
    const match = target.decision === 'duplicate' ? target.match : null;
    decide.mutate({
      decision: target.decision,
      ofEntryId: match?.source === 'entry' ? match.id : null,
      ofRegisterId: match?.source === 'register' ? match.id : null,
      reason: reason.trim(),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
          #{data.entryId} {data.title}
        </Text>
        {target.decision === 'duplicate' ? (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('initiativeAdmin.decide.duplicateOf', {
              title: target.match.title,
              source: t(`initiativeAdmin.originality.source.${target.match.source}`, { id: target.match.id }),
            })}
          </Text>
        ) : (
          <Text size="sm">{t('initiativeAdmin.decide.originalNote')}</Text>
        )}
        <Textarea
          required={target.decision === 'duplicate'}
          autoFocus
          label={t('initiativeAdmin.decide.reason')}
          description={t(`initiativeAdmin.decide.reasonHint.${target.decision}`)}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={MAX_REASON}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            decide.reset();
          }}
          error={
            tried && !reasonOk(target.decision, reason)
              ? t('initiativeAdmin.decide.tooShort', { min: MIN_DUPLICATE_REASON })
              : undefined
          }
          data-testid="originality-reason"
        />
        {decide.isError && <ErrorAlert error={decide.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            color={target.decision === 'duplicate' ? 'red' : 'green'}
            loading={decide.isPending}
            data-testid="originality-decide-submit"
          >
            {t(`initiativeAdmin.decide.submit.${target.decision}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
