import { SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PaperFields } from '../common/PaperFields';
import { QuotaInputs } from '../common/QuotaInputs';
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
      <PaperFields
        countKey="questionCount"
        values={form}
        update={update}
        errorFor={errorFor}
        testIdPrefix="round"
        cols={{ base: 1, xs: 3 }}
        selection={<QuestionSelection form={form} topics={topics} update={update} errorFor={errorFor} />}
      />
    </Stack>
  );
}

/** A round's questions: drawn by topic quotas, or a fixed list of question ids. */
function QuestionSelection({ form, topics, update, errorFor }: RoundFormFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
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
    </>
  );
}
