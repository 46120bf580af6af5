import { Card, NumberInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const MAX_PREDICTION = 10_000_000;

interface PredictionCardProps {
  prompt: string;
  value: number | null;
  /** The value is the one given in the previous attempt, offered as a default. */
  carriedOver: boolean;
  disabled: boolean;
  onChange(value: number): void;
}

export function PredictionCard({ prompt, value, carriedOver, disabled, onChange }: PredictionCardProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md">
      <Text size="sm" fw={500} mb={4}>
        {t('quiz.prediction.title')}
      </Text>
      <NumberInput
        label={prompt}
        description={t(carriedOver ? 'quiz.prediction.carriedOver' : 'quiz.prediction.hint')}
        value={value ?? ''}
        onChange={(next) => {
          if (typeof next === 'number' && Number.isInteger(next)) onChange(next);
        }}
        min={0}
        max={MAX_PREDICTION}
        clampBehavior="strict"
        allowDecimal={false}
        allowNegative={false}
        inputMode="numeric"
        disabled={disabled}
        data-testid="prediction-input"
      />
    </Card>
  );
}
