import type { CountedAttempt, ScoreVisibility } from '@contest/contracts';
import {
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  type SimpleGridProps,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { asCount } from './quotas';
import { ScoreVisibilityField } from './ScoreVisibilityField';

type Count = number | '';

/** How a round's paper is sat, as both the contest wizard and the round edit form hold it. */
export interface PaperSettings {
  timeLimitMinutes: Count;
  attemptsAllowed: Count;
  countedAttempt: CountedAttempt;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  predictionEnabled: boolean;
  predictionPrompt: string;
  scoreVisibility: ScoreVisibility;
}

/** The wizard plans every round's number of questions; the round edit form sets one round's. */
type QuestionCountKey = 'questionsPerRound' | 'questionCount';

interface PaperFieldsProps<C extends QuestionCountKey> {
  /** The form's name for the number of questions; it also names that field's error and test id. */
  countKey: C;
  values: PaperSettings & Record<NoInfer<C>, Count>;
  // Methods rather than a function type, so that a form's own `update` (over all its fields) fits.
  update<K extends keyof PaperSettings>(key: K, value: PaperSettings[K]): void;
  update(key: NoInfer<C>, value: Count): void;
  errorFor: (field: NoInfer<C> | 'timeLimit' | 'attemptsAllowed' | 'predictionPrompt') => string | undefined;
  testIdPrefix: string;
  /** How the questions are chosen, shown between the numbers and the rules for attempts. */
  selection: ReactNode;
  /** Columns of the three numbers, as the form around them has room. */
  cols: SimpleGridProps['cols'];
  /** Explain the prediction question under its switch. */
  predictionHint?: boolean;
}

/** The paper of a round: its size, time, attempts, shuffling, prediction question and when scores show. */
export function PaperFields<C extends QuestionCountKey>({
  countKey,
  values,
  update,
  errorFor,
  testIdPrefix,
  selection,
  cols,
  predictionHint = false,
}: PaperFieldsProps<C>) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={cols} spacing="md">
        <NumberInput
          required
          label={t('organizer.paper.questionsPerRound')}
          min={1}
          max={200}
          allowDecimal={false}
          allowNegative={false}
          value={values[countKey]}
          onChange={(value) => update(countKey, asCount(value))}
          error={errorFor(countKey)}
          data-testid={`${testIdPrefix}-${countKey}`}
        />
        <NumberInput
          required
          label={t('organizer.paper.timeLimitMinutes')}
          min={1}
          max={240}
          allowNegative={false}
          decimalScale={1}
          value={values.timeLimitMinutes}
          onChange={(value) => update('timeLimitMinutes', asCount(value))}
          error={errorFor('timeLimit')}
          data-testid={`${testIdPrefix}-timeLimitMinutes`}
        />
        <NumberInput
          required
          label={t('organizer.paper.attemptsAllowed')}
          min={1}
          max={10}
          allowDecimal={false}
          allowNegative={false}
          value={values.attemptsAllowed}
          onChange={(value) => update('attemptsAllowed', asCount(value))}
          error={errorFor('attemptsAllowed')}
          data-testid={`${testIdPrefix}-attemptsAllowed`}
        />
      </SimpleGrid>
      {selection}
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('organizer.paper.countedAttempt')}
        </Text>
        <SegmentedControl
          value={values.countedAttempt}
          onChange={(value) => update('countedAttempt', value as CountedAttempt)}
          data={[
            { value: 'best', label: t('organizer.paper.counted.best') },
            { value: 'first', label: t('organizer.paper.counted.first') },
          ]}
          maw={360}
          data-testid={`${testIdPrefix}-countedAttempt`}
        />
      </Stack>
      <Switch
        label={t('organizer.paper.shuffleQuestions')}
        checked={values.shuffleQuestions}
        onChange={(event) => update('shuffleQuestions', event.currentTarget.checked)}
        data-testid={`${testIdPrefix}-shuffleQuestions`}
      />
      <Switch
        label={t('organizer.paper.shuffleOptions')}
        checked={values.shuffleOptions}
        onChange={(event) => update('shuffleOptions', event.currentTarget.checked)}
        data-testid={`${testIdPrefix}-shuffleOptions`}
      />
      <Switch
        label={t('organizer.paper.prediction')}
        description={predictionHint ? t('organizer.paper.predictionHint') : undefined}
        checked={values.predictionEnabled}
        onChange={(event) => update('predictionEnabled', event.currentTarget.checked)}
        data-testid={`${testIdPrefix}-predictionEnabled`}
      />
      {values.predictionEnabled && (
        <Textarea
          required
          label={t('organizer.paper.predictionPrompt')}
          autosize
          minRows={2}
          value={values.predictionPrompt}
          onChange={(event) => update('predictionPrompt', event.currentTarget.value)}
          error={errorFor('predictionPrompt')}
          data-testid={`${testIdPrefix}-predictionPrompt`}
        />
      )}
      <ScoreVisibilityField
        value={values.scoreVisibility}
        onChange={(value) => update('scoreVisibility', value)}
        testIdPrefix={testIdPrefix}
      />
    </>
  );
}
