import {
  DIFFICULTIES,
  MAX_OPTIONS,
  OPTION_LETTERS,
  type Difficulty,
  type Question,
  type QuestionInput,
} from '@contest/contracts';
import {
  Alert,
  Button,
  CloseButton,
  Group,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '../../../api';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { issuesByField } from '../../../shared/server-issues';
import {
  MIN_OPTIONS,
  QUESTION_FIELD_BY_PATH,
  addOption,
  emptyQuestionForm,
  questionToForm,
  removeOption,
  validateQuestionForm,
  type QuestionField,
  type QuestionForm,
} from './question-form';

interface QuestionEditorProps {
  question: Question | null;
  topics: readonly string[];
  saving: boolean;
  error: unknown;
  onChange: () => void;
  onSave: (request: QuestionInput) => void;
  onCancel: () => void;
}

export function QuestionEditor({
  question,
  topics,
  saving,
  error,
  onChange,
  onSave,
  onCancel,
}: QuestionEditorProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState<QuestionForm>(() =>
    question ? questionToForm(question) : emptyQuestionForm(topics[0] ?? ''),
  );
  const [problems, setProblems] = useState<QuestionField[]>([]);
  // Drawn into an opened round: the number of options and the key decide grading, so they stay put.
  const locked = question?.locked ?? false;
  const topicChoices = form.topic && !topics.includes(form.topic) ? [...topics, form.topic] : [...topics];

  const serverErrors = isApiError(error) ? issuesByField(error.issues, QUESTION_FIELD_BY_PATH) : {};
  const errorFor = (field: QuestionField) =>
    problems.includes(field) ? t(`organizer.questions.errors.${field}`) : serverErrors[field];

  const change = (next: QuestionForm) => {
    setForm(next);
    setProblems([]);
    onChange();
  };

  const submit = () => {
    const result = validateQuestionForm(form);
    if (result.ok) onSave(result.request);
    else setProblems(result.problems);
  };

  return (
    <Stack gap="md" data-testid="question-form">
      {locked && (
        <Alert color="orange" variant="light">
          {t('organizer.questions.lockedHint')}
        </Alert>
      )}
      <Textarea
        required
        label={t('organizer.questions.text')}
        autosize
        minRows={3}
        value={form.text}
        onChange={(event) => change({ ...form, text: event.currentTarget.value })}
        error={errorFor('text')}
        data-testid="question-text"
      />
      <Radio.Group
        label={t('organizer.questions.options')}
        description={t('organizer.questions.optionsHint')}
        value={String(form.correctOption)}
        onChange={(value) => change({ ...form, correctOption: Number(value) })}
        error={errorFor('options') ?? errorFor('correctOption')}
      >
        <Stack gap="xs" mt="xs">
          {form.options.map((option, index) => (
            <Group key={index} gap="xs" wrap="nowrap" align="center">
              <Radio
                value={String(index)}
                disabled={locked}
                aria-label={t('organizer.questions.correctFor', { letter: OPTION_LETTERS[index] })}
                data-testid={`question-correct-${index}`}
              />
              <Text fw={600} w={16}>
                {OPTION_LETTERS[index]}
              </Text>
              <TextInput
                style={{ flex: 1 }}
                value={option}
                placeholder={t('organizer.questions.optionPlaceholder', { letter: OPTION_LETTERS[index] })}
                onChange={(event) => {
                  const options = [...form.options];
                  options[index] = event.currentTarget.value;
                  change({ ...form, options });
                }}
                error={problems.includes('options') && option.trim() === ''}
                data-testid={`question-option-${index}`}
              />
              <CloseButton
                aria-label={t('organizer.questions.removeOption', { letter: OPTION_LETTERS[index] })}
                disabled={locked || form.options.length <= MIN_OPTIONS}
                onClick={() => change(removeOption(form, index))}
              />
            </Group>
          ))}
        </Stack>
      </Radio.Group>
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          disabled={locked || form.options.length >= MAX_OPTIONS}
          onClick={() => change(addOption(form))}
          data-testid="question-add-option"
        >
          {t('organizer.questions.addOption')}
        </Button>
      </Group>
      <Group grow align="flex-start">
        <Select
          required
          label={t('organizer.questions.topic')}
          data={topicChoices}
          value={form.topic || null}
          onChange={(topic) => change({ ...form, topic: topic ?? '' })}
          error={errorFor('topic')}
          allowDeselect={false}
          data-testid="question-topic"
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('organizer.questions.difficulty')}
          </Text>
          <SegmentedControl
            value={form.difficulty}
            onChange={(difficulty) => change({ ...form, difficulty: difficulty as Difficulty })}
            data={DIFFICULTIES.map((difficulty) => ({
              value: difficulty,
              label: t(`difficulty.${difficulty}`),
            }))}
            data-testid="question-difficulty"
          />
        </Stack>
      </Group>
      {error !== null && error !== undefined && <ErrorAlert error={error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button onClick={submit} loading={saving} data-testid="question-save">
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
