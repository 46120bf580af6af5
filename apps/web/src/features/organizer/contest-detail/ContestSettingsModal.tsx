import type { Contest, ContestUpdate } from '@contest/contracts';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { callApi, isApiError, queryKeys } from '../../../api';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { issuesByField } from '../../../shared/server-issues';
import { ContestFields } from '../common/ContestFields';
import {
  SETTINGS_FIELD_BY_PATH,
  contestToSettings,
  validateContestSettings,
  type ContestSettingsField,
  type ContestSettingsForm,
} from './contest-settings-form';

interface ContestSettingsModalProps {
  contest: Contest;
  opened: boolean;
  onClose: () => void;
}

export function ContestSettingsModal({ contest, opened, onClose }: ContestSettingsModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('organizer.contest.settings')} size="lg">
      {/* Mounted only while open, so each opening starts from the contest as saved. */}
      {opened && <SettingsForm contest={contest} onDone={onClose} />}
    </Modal>
  );
}

function SettingsForm({ contest, onDone }: { contest: Contest; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(() => contestToSettings(contest));
  const [problems, setProblems] = useState<ContestSettingsField[]>([]);

  const save = useMutation({
    mutationFn: (body: ContestUpdate) =>
      callApi('updateContest', { params: { contestId: contest.id }, body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.contest(contest.id), saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.contests });
      onDone();
    },
  });

  const serverErrors = isApiError(save.error) ? issuesByField(save.error.issues, SETTINGS_FIELD_BY_PATH) : {};
  const errorFor = (field: ContestSettingsField) =>
    problems.includes(field) ? t(`organizer.wizard.errors.${field}`) : serverErrors[field];

  const update = <K extends keyof ContestSettingsForm>(key: K, value: ContestSettingsForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setProblems((current) => current.filter((field) => field !== key));
  };

  const submit = () => {
    const result = validateContestSettings(form);
    if (result.ok) save.mutate(result.request);
    else setProblems(result.problems);
  };

  return (
    <Stack gap="md" data-testid="contest-settings-form">
      <ContestFields values={form} update={update} errorFor={errorFor} testIdPrefix="settings" />
      {save.isError && <ErrorAlert error={save.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button onClick={submit} loading={save.isPending} data-testid="settings-save">
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
