import type { EarlierContest } from '@contest/contracts';
import { Button, Grid, Group, Modal, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '../../../api';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { issuesByField } from '../../../shared/server-issues';
import { asCount } from '../common/quotas';
import {
  EARLIER_CONTEST_FIELD_BY_PATH,
  earlierContestRequest,
  emptyEarlierContestForm,
  type EarlierContestField,
  type EarlierContestFormValues,
} from './earlier-contest-form';
import { useCreateEarlierContest } from './use-comparison';

interface EarlierContestModalProps {
  opened: boolean;
  /** The year of the contest on the page; the form guesses the one before. */
  year: number;
  onClose: () => void;
  onCreated: (earlier: EarlierContest) => void;
}

/** Types in the published totals of a contest run before the system, to compare with. */
export function EarlierContestModal({ opened, year, onClose, onCreated }: EarlierContestModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('reports.comparison.form.title')} size="lg">
      {opened && <EarlierContestForm year={year} onCancel={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function EarlierContestForm({
  year,
  onCancel,
  onCreated,
}: {
  year: number;
  onCancel: () => void;
  onCreated: (earlier: EarlierContest) => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<EarlierContestFormValues>(() => emptyEarlierContestForm(year));
  const [problems, setProblems] = useState<EarlierContestField[]>([]);
  const create = useCreateEarlierContest();

  const serverErrors = isApiError(create.error)
    ? issuesByField(create.error.issues, EARLIER_CONTEST_FIELD_BY_PATH)
    : {};
  const errorFor = (field: EarlierContestField) =>
    problems.includes(field) ? t(`reports.comparison.form.errors.${field}`) : serverErrors[field];
  const update = <K extends EarlierContestField>(key: K, value: EarlierContestFormValues[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setProblems([]);
    if (create.isError) create.reset();
  };
  const count = (field: Exclude<EarlierContestField, 'name'>) => ({
    value: form[field],
    onChange: (value: number | string) => update(field, asCount(value)),
    error: errorFor(field),
    allowDecimal: false,
    allowNegative: false,
    'data-testid': `earlier-${field}`,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = earlierContestRequest(form);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    create.mutate(checked.body, {
      onSuccess: (earlier) => {
        notifications.show({
          color: 'teal',
          message: t('reports.comparison.form.created', { name: earlier.name }),
        });
        onCreated(earlier);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="earlier-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('reports.comparison.form.hint')}
        </Text>
        <Grid gutter="sm">
          <Grid.Col span={{ base: 12, xs: 8 }}>
            <TextInput
              required
              label={t('reports.comparison.form.name')}
              value={form.name}
              onChange={(event) => update('name', event.currentTarget.value)}
              error={errorFor('name')}
              data-testid="earlier-name"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, xs: 4 }}>
            <NumberInput required label={t('reports.comparison.form.year')} {...count('year')} />
          </Grid.Col>
        </Grid>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NumberInput required label={t('reports.comparison.form.units')} {...count('units')} />
          <NumberInput required label={t('reports.comparison.form.attempts')} {...count('attempts')} />
          <NumberInput
            label={t('reports.comparison.form.participants')}
            description={t('reports.comparison.form.participantsHint')}
            {...count('participants')}
          />
          <NumberInput
            label={t('reports.comparison.form.weeks')}
            description={t('reports.comparison.form.weeksHint')}
            {...count('weeks')}
          />
        </SimpleGrid>
        {create.isError && <ErrorAlert error={create.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="earlier-save">
            {t('reports.comparison.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
