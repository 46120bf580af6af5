import { NumberInput, SegmentedControl, SimpleGrid, Stack, Switch, Text, Textarea } from '@mantine/core';
import type { CountedAttempt } from '@contest/contracts';
import { useTranslation } from 'react-i18next';

import { QuotaInputs } from '../common/QuotaInputs';
import { asCount } from '../common/quotas';
import type { WizardStepProps } from './wizard-step-props';

export function PaperStep({ form, update, errorFor }: WizardStepProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
        <NumberInput
          required
          label={t('organizer.paper.questionsPerRound')}
          min={1}
          max={200}
          allowDecimal={false}
          allowNegative={false}
          value={form.questionsPerRound}
          onChange={(value) => update('questionsPerRound', asCount(value))}
          error={errorFor('questionsPerRound')}
          data-testid="wizard-questionsPerRound"
        />
        <NumberInput
          required
          label={t('organizer.paper.timeLimitMinutes')}
          min={1}
          max={240}
          allowNegative={false}
          decimalScale={1}
          value={form.timeLimitMinutes}
          onChange={(value) => update('timeLimitMinutes', asCount(value))}
          error={errorFor('timeLimit')}
          data-testid="wizard-timeLimitMinutes"
        />
        <NumberInput
          required
          label={t('organizer.paper.attemptsAllowed')}
          min={1}
          max={10}
          allowDecimal={false}
          allowNegative={false}
          value={form.attemptsAllowed}
          onChange={(value) => update('attemptsAllowed', asCount(value))}
          error={errorFor('attemptsAllowed')}
          data-testid="wizard-attemptsAllowed"
        />
      </SimpleGrid>
      <QuotaInputs
        topics={form.topics}
        quotas={form.quotas}
        target={form.questionsPerRound}
        onChange={(quotas) => update('quotas', quotas)}
        error={errorFor('quotas')}
        testIdPrefix="wizard"
      />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('organizer.paper.countedAttempt')}
        </Text>
        <SegmentedControl
          value={form.countedAttempt}
          onChange={(value) => update('countedAttempt', value as CountedAttempt)}
          data={[
            { value: 'best', label: t('organizer.paper.counted.best') },
            { value: 'first', label: t('organizer.paper.counted.first') },
          ]}
          maw={360}
          data-testid="wizard-countedAttempt"
        />
      </Stack>
      <Switch
        label={t('organizer.paper.shuffleQuestions')}
        checked={form.shuffleQuestions}
        onChange={(event) => update('shuffleQuestions', event.currentTarget.checked)}
        data-testid="wizard-shuffleQuestions"
      />
      <Switch
        label={t('organizer.paper.shuffleOptions')}
        checked={form.shuffleOptions}
        onChange={(event) => update('shuffleOptions', event.currentTarget.checked)}
        data-testid="wizard-shuffleOptions"
      />
      <Switch
        label={t('organizer.paper.prediction')}
        description={t('organizer.paper.predictionHint')}
        checked={form.predictionEnabled}
        onChange={(event) => update('predictionEnabled', event.currentTarget.checked)}
        data-testid="wizard-predictionEnabled"
      />
      {form.predictionEnabled && (
        <Textarea
          required
          label={t('organizer.paper.predictionPrompt')}
          autosize
          minRows={2}
          value={form.predictionPrompt}
          onChange={(event) => update('predictionPrompt', event.currentTarget.value)}
          error={errorFor('predictionPrompt')}
          data-testid="wizard-predictionPrompt"
        />
      )}
    </Stack>
  );
}
