import type { RoundAdmin, RoundUpdate } from '@contest/contracts';
import { Alert, Button, Fieldset, Group, Modal, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { callApi, isApiError } from '../../../api';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { issuesByField } from '../../../shared/server-issues';
import { useRefreshContests } from '../common/use-organizer-data';
import { RoundFormFields } from './RoundFormFields';
import {
  ROUND_FIELD_BY_PATH,
  roundToForm,
  validateRoundForm,
  type RoundField,
  type RoundForm,
} from './round-form';

interface RoundEditModalProps {
  round: RoundAdmin | null;
  topics: readonly string[];
  onClose: () => void;
}

export function RoundEditModal({ round, topics, onClose }: RoundEditModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={round !== null}
      onClose={onClose}
      title={round ? t('organizer.roundEdit.title', { name: round.name }) : ''}
      size="xl"
    >
      {round && <RoundEditForm key={round.id} round={round} topics={topics} onDone={onClose} />}
    </Modal>
  );
}

function RoundEditForm({
  round,
  topics,
  onDone,
}: {
  round: RoundAdmin;
  topics: readonly string[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const refreshContests = useRefreshContests();
  const [form, setForm] = useState(() => roundToForm(round, topics));
  const [problems, setProblems] = useState<RoundField[]>([]);
  // The api refuses edits once the round has opened; say so before the organizer types anything.
  const locked = round.status !== 'upcoming';

  const save = useMutation({
    mutationFn: (body: RoundUpdate) => callApi('updateRound', { params: { roundId: round.id }, body }),
    onSuccess: () => {
      void refreshContests();
      onDone();
    },
  });

  const serverErrors = isApiError(save.error) ? issuesByField(save.error.issues, ROUND_FIELD_BY_PATH) : {};
  const errorFor = (field: RoundField) =>
    problems.includes(field) ? t(`organizer.roundEdit.errors.${field}`) : serverErrors[field];

  const update = <K extends keyof RoundForm>(key: K, value: RoundForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setProblems([]);
  };

  const submit = () => {
    const result = validateRoundForm(form);
    if (result.ok) save.mutate(result.request);
    else setProblems(result.problems);
  };

  return (
    <Stack gap="md" data-testid="round-edit-form">
      {locked && (
        <Alert color="yellow" variant="light" data-testid="round-edit-locked">
          {t('organizer.roundEdit.locked')}
        </Alert>
      )}
      <Fieldset variant="unstyled" disabled={locked}>
        <RoundFormFields form={form} topics={topics} update={update} errorFor={errorFor} />
      </Fieldset>
      {save.isError && <ErrorAlert error={save.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button onClick={submit} loading={save.isPending} disabled={locked} data-testid="round-edit-save">
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
