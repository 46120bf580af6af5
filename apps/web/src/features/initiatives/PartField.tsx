import { INITIATIVE_MIN_TEXT } from '@contest/domain';
import { Group, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { TextPart } from './initiative-form';

const MAX_LENGTH: Record<TextPart, number> = {
  summary: 3000,
  problem: 20_000,
  solution: 20_000,
  application: 20_000,
  results: 20_000,
};

interface PartFieldProps {
  part: TextPart;
  value: string;
  disabled?: boolean;
  onChange(value: string): void;
}

/** One written part: what to write in it, and how far it is from the least that counts as an answer. */
export function PartField({ part, value, disabled, onChange }: PartFieldProps) {
  const { t } = useTranslation();
  const length = value.trim().length;
  const short = length < INITIATIVE_MIN_TEXT;
  return (
    <div>
      <Textarea
        required
        label={t(`initiatives.form.parts.${part}.label`)}
        description={t(`initiatives.form.parts.${part}.hint`)}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        autosize
        minRows={part === 'summary' ? 3 : 4}
        maxRows={16}
        maxLength={MAX_LENGTH[part]}
        disabled={disabled}
        data-testid={`initiative-${part}`}
      />
      <Group justify="flex-end" mt={2}>
        <Text size="xs" c={short ? 'orange' : 'dimmed'} aria-live="off">
          {short
            ? t('initiatives.form.tooShort', { count: length, min: INITIATIVE_MIN_TEXT })
            : t('initiatives.form.length', { count: length, max: MAX_LENGTH[part] })}
        </Text>
      </Group>
    </div>
  );
}
