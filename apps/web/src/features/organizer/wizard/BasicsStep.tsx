import { Stack } from '@mantine/core';

import { ContestFields } from '../common/ContestFields';
import { syncQuotas } from '../common/quotas';
import type { WizardStepProps } from './wizard-step-props';

export function BasicsStep({ form, update, errorFor }: WizardStepProps) {
  return (
    <Stack gap="md">
      <ContestFields
        values={form}
        update={update}
        errorFor={errorFor}
        testIdPrefix="wizard"
        onTopicsChange={(topics) => update('quotas', syncQuotas(topics, form.quotas))}
        creating
      />
    </Stack>
  );
}
