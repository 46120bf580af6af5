import { NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { asCount } from '../common/quotas';
import { PlannedRoundsTable } from './PlannedRoundsTable';
import type { WizardStepProps } from './wizard-step-props';

export function ScheduleStep({ form, update, errorFor }: WizardStepProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <TextInput
        required
        type="datetime-local"
        label={t('organizer.wizard.firstOpensAt')}
        description={t('organizer.vnTimeHint')}
        value={form.firstOpensAt}
        onChange={(event) => update('firstOpensAt', event.currentTarget.value)}
        error={errorFor('firstOpensAt')}
        maw={320}
        data-testid="wizard-firstOpensAt"
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" maw={640}>
        <NumberInput
          required
          label={t('organizer.wizard.openHours')}
          description={t('organizer.wizard.openHoursHint')}
          min={1}
          max={168}
          allowDecimal={false}
          allowNegative={false}
          value={form.openHours}
          onChange={(value) => update('openHours', asCount(value))}
          error={errorFor('openHours')}
          data-testid="wizard-openHours"
        />
        <NumberInput
          required
          label={t('organizer.wizard.weeks')}
          description={t('organizer.wizard.weeksHint')}
          min={1}
          max={52}
          allowDecimal={false}
          allowNegative={false}
          value={form.weeks}
          onChange={(value) => update('weeks', asCount(value))}
          error={errorFor('weeks')}
          data-testid="wizard-weeks"
        />
      </SimpleGrid>
      <PlannedRoundsTable firstOpensAt={form.firstOpensAt} openHours={form.openHours} weeks={form.weeks} />
    </Stack>
  );
}
