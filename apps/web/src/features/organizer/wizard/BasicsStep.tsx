import { NumberInput, Stack, Switch, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PrizeCountsInputs } from '../common/PrizeCountsInputs';
import { asCount, syncQuotas } from '../common/quotas';
import type { WizardStepProps } from './wizard-step-props';

export function BasicsStep({ form, update, errorFor }: WizardStepProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <TextInput
        required
        label={t('organizer.contest.name')}
        placeholder={t('organizer.contest.namePlaceholder')}
        value={form.name}
        onChange={(event) => update('name', event.currentTarget.value)}
        error={errorFor('name')}
        data-testid="wizard-name"
      />
      <NumberInput
        required
        label={t('organizer.contest.year')}
        min={2000}
        max={2100}
        allowDecimal={false}
        thousandSeparator={false}
        value={form.year}
        onChange={(value) => update('year', asCount(value))}
        error={errorFor('year')}
        maw={200}
        data-testid="wizard-year"
      />
      <TagsInput
        required
        label={t('organizer.contest.topics')}
        description={t('organizer.contest.topicsHint')}
        value={form.topics}
        onChange={(topics) => {
          update('topics', topics);
          update('quotas', syncQuotas(topics, form.quotas));
        }}
        splitChars={[',', ';']}
        clearable
        error={errorFor('topics')}
        data-testid="wizard-topics"
      />
      <PrizeCountsInputs
        value={form.prizeCounts}
        onChange={(prizeCounts) => update('prizeCounts', prizeCounts)}
        error={errorFor('prizeCounts')}
        testIdPrefix="wizard"
      />
      <Switch
        label={t('organizer.contest.onePrizePerPerson')}
        description={t('organizer.contest.onePrizePerPersonHint')}
        checked={form.onePrizePerPerson}
        onChange={(event) => update('onePrizePerPerson', event.currentTarget.checked)}
        data-testid="wizard-onePrizePerPerson"
      />
    </Stack>
  );
}
