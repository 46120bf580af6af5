import type { ContestWizard } from '@contest/contracts';
import { Button, Card, Group, Stack, Stepper } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

import { callApi, isApiError } from '../../../api';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { paths } from '../../../shared/paths';
import { issuesByField } from '../../../shared/server-issues';
import { ContestPageHeader } from '../common/ContestPageHeader';
import { useRefreshContests } from '../common/use-organizer-data';
import { BasicsStep } from './BasicsStep';
import { PaperStep } from './PaperStep';
import { ReviewStep } from './ReviewStep';
import { ScheduleStep } from './ScheduleStep';
import {
  WIZARD_FIELD_BY_PATH,
  WIZARD_STEPS,
  defaultWizardForm,
  problemsInStep,
  stepOfFirstProblem,
  validateWizard,
  type WizardField,
  type WizardForm,
} from './wizard-form';

const REVIEW_STEP = WIZARD_STEPS.length;

export function ContestWizardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refreshContests = useRefreshContests();
  const [form, setForm] = useState(() => defaultWizardForm(new Date()));
  const [active, setActive] = useState(0);
  // Problems show once the organizer tried to leave a step, then follow the form as it changes.
  const [checkedSteps, setCheckedSteps] = useState<ReadonlySet<number>>(new Set());

  const validation = useMemo(() => validateWizard(form), [form]);
  const problems = validation.ok ? [] : validation.problems;

  const create = useMutation({
    mutationFn: (body: ContestWizard) => callApi('createContest', { body }),
    onSuccess: (contest) => {
      void refreshContests();
      notifications.show({ color: 'teal', message: t('organizer.wizard.created', { name: contest.name }) });
      void navigate(paths.contest(contest.id));
    },
    onError: (error) => {
      if (!isApiError(error)) return;
      const fields = Object.keys(issuesByField(error.issues, WIZARD_FIELD_BY_PATH)) as WizardField[];
      const step = stepOfFirstProblem(fields);
      if (step !== null) setActive(step);
    },
  });

  const serverErrors = isApiError(create.error)
    ? issuesByField(create.error.issues, WIZARD_FIELD_BY_PATH)
    : {};
  const shownProblems = [...checkedSteps].flatMap((step) => problemsInStep(problems, step));
  const errorFor = (field: WizardField) =>
    shownProblems.includes(field) ? t(`organizer.wizard.errors.${field}`) : serverErrors[field];

  const update = <K extends keyof WizardForm>(key: K, value: WizardForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    // The server's complaints were about the form as sent; once it changes they no longer apply.
    if (create.isError) create.reset();
  };

  const checkStep = (step: number) => setCheckedSteps((current) => new Set(current).add(step));

  const next = () => {
    checkStep(active);
    if (problemsInStep(problems, active).length === 0) setActive(active + 1);
  };

  const submit = () => {
    setCheckedSteps(new Set(WIZARD_STEPS.keys()));
    if (validation.ok) create.mutate(validation.request);
    else setActive(stepOfFirstProblem(validation.problems) ?? 0);
  };

  const stepProps = { form, update, errorFor };
  return (
    <Stack gap="md">
      <ContestPageHeader title={t('organizer.wizard.title')} />
      <Card withBorder padding="lg">
        <Stepper active={active} onStepClick={setActive} allowNextStepsSelect={false} size="sm">
          <Stepper.Step label={t('organizer.wizard.steps.basics')}>
            <BasicsStep {...stepProps} />
          </Stepper.Step>
          <Stepper.Step label={t('organizer.wizard.steps.schedule')}>
            <ScheduleStep {...stepProps} />
          </Stepper.Step>
          <Stepper.Step label={t('organizer.wizard.steps.paper')}>
            <PaperStep {...stepProps} />
          </Stepper.Step>
          <Stepper.Step label={t('organizer.wizard.steps.review')}>
            <ReviewStep form={form} />
          </Stepper.Step>
        </Stepper>
        <Stack gap="sm" mt="lg">
          {create.isError && <ErrorAlert error={create.error} />}
          <Group justify="space-between">
            <Button
              variant="default"
              disabled={active === 0}
              onClick={() => setActive(active - 1)}
              data-testid="wizard-back"
            >
              {t('common.back')}
            </Button>
            {active < REVIEW_STEP ? (
              <Button onClick={next} data-testid="wizard-next">
                {t('common.next')}
              </Button>
            ) : (
              <Button onClick={submit} loading={create.isPending} data-testid="wizard-create">
                {t('organizer.wizard.create')}
              </Button>
            )}
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
