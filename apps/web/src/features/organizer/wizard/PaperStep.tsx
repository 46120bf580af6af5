import { Stack } from '@mantine/core';

import { PaperFields } from '../common/PaperFields';
import { QuotaInputs } from '../common/QuotaInputs';
import type { WizardStepProps } from './wizard-step-props';

export function PaperStep({ form, update, errorFor }: WizardStepProps) {
  return (
    <Stack gap="md">
      <PaperFields
        countKey="questionsPerRound"
        values={form}
        update={update}
        errorFor={errorFor}
        testIdPrefix="wizard"
        cols={{ base: 1, xs: 2, md: 3 }}
        predictionHint
        selection={
          <QuotaInputs
            topics={form.topics}
            quotas={form.quotas}
            target={form.questionsPerRound}
            onChange={(quotas) => update('quotas', quotas)}
            error={errorFor('quotas')}
            testIdPrefix="wizard"
          />
        }
      />
    </Stack>
  );
}
