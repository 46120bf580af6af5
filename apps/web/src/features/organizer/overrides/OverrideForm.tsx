import type { OverrideRequest } from '@contest/contracts';
import { Button, NumberInput, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { callApi, isApiError, queryKeys } from '../../../api';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { issuesByField } from '../../../shared/server-issues';
import { asCount } from '../common/quotas';
import {
  EMPTY_OVERRIDE_FORM,
  OVERRIDE_FIELD_BY_PATH,
  validateOverrideForm,
  type OverrideField,
  type OverrideForm as OverrideFormValues,
} from './override-form';

export function OverrideForm({ roundId }: { roundId: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(EMPTY_OVERRIDE_FORM);
  const [problems, setProblems] = useState<OverrideField[]>([]);

  const grant = useMutation({
    mutationFn: (body: OverrideRequest) => callApi('grantOverride', { params: { roundId }, body }),
    onSuccess: (override) => {
      notifications.show({
        color: 'teal',
        message: t('organizer.overrides.granted', { name: override.userFullName }),
      });
      void queryClient.invalidateQueries({ queryKey: queryKeys.overrides(roundId) });
      setForm(EMPTY_OVERRIDE_FORM);
    },
  });

  const serverErrors = isApiError(grant.error)
    ? issuesByField(grant.error.issues, OVERRIDE_FIELD_BY_PATH)
    : {};
  const errorFor = (field: OverrideField) =>
    problems.includes(field) ? t(`organizer.overrides.errors.${field}`) : serverErrors[field];

  const update = <K extends keyof OverrideFormValues>(key: K, value: OverrideFormValues[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setProblems([]);
    if (grant.isError) grant.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateOverrideForm(form);
    if (result.ok) grant.mutate(result.request);
    else setProblems(result.problems);
  };

  return (
    <form onSubmit={submit} noValidate data-testid="override-form">
      <Stack gap="sm">
        <Text fw={500}>{t('organizer.overrides.formTitle')}</Text>
        <TextInput
          required
          label={t('auth.fields.login')}
          placeholder={t('auth.fields.loginPlaceholder')}
          value={form.login}
          onChange={(event) => update('login', event.currentTarget.value)}
          error={errorFor('login')}
          data-testid="override-login"
        />
        <SimpleGrid cols={2} spacing="sm">
          <NumberInput
            label={t('organizer.overrides.extraMinutes')}
            min={0}
            max={240}
            allowNegative={false}
            decimalScale={1}
            value={form.extraMinutes}
            onChange={(value) => update('extraMinutes', asCount(value))}
            error={errorFor('extraMinutes')}
            data-testid="override-minutes"
          />
          <NumberInput
            label={t('organizer.overrides.extraAttempts')}
            min={0}
            max={5}
            allowDecimal={false}
            allowNegative={false}
            value={form.extraAttempts}
            onChange={(value) => update('extraAttempts', asCount(value))}
            error={errorFor('extraAttempts')}
            data-testid="override-attempts"
          />
        </SimpleGrid>
        <Textarea
          required
          label={t('organizer.overrides.reason')}
          autosize
          minRows={2}
          value={form.reason}
          onChange={(event) => update('reason', event.currentTarget.value)}
          error={errorFor('reason')}
          data-testid="override-reason"
        />
        {grant.isError && <ErrorAlert error={grant.error} />}
        <Button type="submit" loading={grant.isPending} data-testid="override-submit">
          {t('organizer.overrides.submit')}
        </Button>
      </Stack>
    </form>
  );
}
