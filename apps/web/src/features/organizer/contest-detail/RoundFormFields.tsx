import type { CountedAttempt } from '@contest/contracts';
import {
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { QuotaInputs } from '../common/QuotaInputs';
import { asCount } from '../common/quotas';
import type { RoundField, RoundForm } from './round-form';

interface RoundFormFieldsProps {
  form: RoundForm;
  topics: readonly string[];
  update: <K extends keyof RoundForm>(key: K, value: RoundForm[K]) => void;
  errorFor: (field: RoundField) => string | undefined;
}

export function RoundFormFields({ form, topics, update, errorFor }: RoundFormFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <TextInput
        required
        label={t('organizer.round.name')}
        value={form.name}
        onChange={(event) => update('name', event.currentTarget.value)}
        error={errorFor('name')}
        data-testid="round-name"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          required
          type="datetime-local"
          label={t('organizer.round.opensAt')}
          description={t('organizer.vnTimeHint')}
          value={form.opensAt}
          onChange={(event) => update('opensAt', event.currentTarget.value)}
          error={errorFor('opensAt')}
          data-testid="round-opensAt"
        />
        <TextInput
          required
          type="datetime-local"
          label={t('organizer.round.closesAt')}
          description={t('organizer.vnTimeHint')}
          value={form.closesAt}
          onChange={(event) => update('closesAt', event.currentTarget.value)}
          error={errorFor('closesAt')}
          data-testid="round-closesAt"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
        <NumberInput
          required
          label={t('organizer.paper.questionsPerRound')}
          min={1}
          max={200}
          allowDecimal={false}
          allowNegative={false}
          value={form.questionCount}
          onChange={(value) => update('questionCount', asCount(value))}
          error={errorFor('questionCount')}
          data-testid="round-questionCount"
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
          data-testid="round-timeLimitMinutes"
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
          data-testid="round-attemptsAllowed"
        />
      </SimpleGrid>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('organizer.roundEdit.selection')}
        </Text>
        <SegmentedControl
          value={form.selectionMode}
          onChange={(value) => update('selectionMode', value as RoundForm['selectionMode'])}
          data={[
            { value: 'quota', label: t('organizer.roundEdit.selectionQuota') },
            { value: 'fixed', label: t('organizer.roundEdit.selectionFixed') },
          ]}
          maw={420}
        />
      </Stack>
      {form.selectionMode === 'quota' ? (
        <QuotaInputs
          topics={topics}
          quotas={form.quotas}
          target={form.questionCount}
          onChange={(quotas) => update('quotas', quotas)}
          error={errorFor('selection')}
          testIdPrefix="round"
        />
      ) : (
        <Textarea
          label={t('organizer.roundEdit.questionIds')}
          description={t('organizer.roundEdit.questionIdsHint')}
          autosize
          minRows={2}
          value={form.questionIds}
          onChange={(event) => update('questionIds', event.currentTarget.value)}
          error={errorFor('selection')}
        />
      )}
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
        />
      </Stack>
      <Switch
        label={t('organizer.paper.shuffleQuestions')}
        checked={form.shuffleQuestions}
        onChange={(event) => update('shuffleQuestions', event.currentTarget.checked)}
      />
      <Switch
        label={t('organizer.paper.shuffleOptions')}
        checked={form.shuffleOptions}
        onChange={(event) => update('shuffleOptions', event.currentTarget.checked)}
      />
      <Switch
        label={t('organizer.paper.prediction')}
        checked={form.predictionEnabled}
        onChange={(event) => update('predictionEnabled', event.currentTarget.checked)}
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
        />
      )}
    </Stack>
  );
}
