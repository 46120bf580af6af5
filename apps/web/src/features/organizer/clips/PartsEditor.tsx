import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { asCount } from '../common/quotas';
import {
  MAX_PARTS,
  movePart,
  nextKey,
  removePart,
  type CriterionDraft,
  type PartDraft,
  type StageField,
} from './stage-form';

interface PartsEditorProps {
  parts: readonly PartDraft[];
  criteria: readonly CriterionDraft[];
  /** Parts and criteria change together: removing or moving a part moves its criteria's part too. */
  onChange(value: { parts: PartDraft[]; criteria: CriterionDraft[] }): void;
  disabled: boolean;
  errorFor(field: StageField): string | undefined;
}

/** A live final's parts, in the order each team performs them, each with its time on the hall's timer. */
export function PartsEditor({ parts, criteria, onChange, disabled, errorFor }: PartsEditorProps) {
  const { t, i18n } = useTranslation();
  const decimal = i18n.language === 'en' ? '.' : ',';
  const both = { parts: [...parts], criteria: [...criteria] };
  const update = (index: number, change: Partial<PartDraft>) =>
    onChange({ ...both, parts: parts.map((part, at) => (at === index ? { ...part, ...change } : part)) });

  return (
    <Stack gap={6} data-testid="parts-editor">
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {t('clipsAdmin.parts.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('clipsAdmin.parts.hint')}
        </Text>
      </Stack>
      {parts.map((part, index) => {
        const label = part.name.trim() || t('clipsAdmin.parts.numbered', { number: index + 1 });
        const noCriteria = errorFor(`parts.${index}.criteria`);
        return (
          <Paper key={part.key} withBorder p="xs" radius="sm" data-testid="part-row">
            <Stack gap={6}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" fw={700}>
                  {t('clipsAdmin.parts.numbered', { number: index + 1 })}
                </Text>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    variant="default"
                    disabled={disabled || index === 0}
                    onClick={() => onChange(movePart(both, index, -1))}
                    aria-label={t('clipsAdmin.parts.moveUp', { name: label })}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    disabled={disabled || index === parts.length - 1}
                    onClick={() => onChange(movePart(both, index, 1))}
                    aria-label={t('clipsAdmin.parts.moveDown', { name: label })}
                  >
                    ↓
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    disabled={disabled || parts.length <= 1}
                    onClick={() => onChange(removePart(both, index))}
                    aria-label={t('clipsAdmin.parts.remove', { name: label })}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              </Group>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing={4}>
                <TextInput
                  required
                  label={t('clipsAdmin.parts.name')}
                  value={part.name}
                  maxLength={80}
                  disabled={disabled}
                  onChange={(event) => update(index, { name: event.currentTarget.value })}
                  error={errorFor(`parts.${index}.name`)}
                  data-testid="part-name"
                />
                <NumberInput
                  required
                  label={t('clipsAdmin.parts.minutes')}
                  min={0.5}
                  max={60}
                  step={0.5}
                  decimalScale={2}
                  decimalSeparator={decimal}
                  allowNegative={false}
                  value={part.minutes}
                  disabled={disabled}
                  onChange={(minutes) => update(index, { minutes: asCount(minutes) })}
                  error={errorFor(`parts.${index}.seconds`)}
                  data-testid="part-minutes"
                />
              </SimpleGrid>
              {noCriteria && (
                <Text size="sm" c="red" role="alert">
                  {noCriteria}
                </Text>
              )}
            </Stack>
          </Paper>
        );
      })}
      <Group>
        <Button
          variant="light"
          size="xs"
          disabled={disabled || parts.length >= MAX_PARTS}
          onClick={() =>
            onChange({ ...both, parts: [...parts, { key: nextKey(parts), name: '', minutes: 5 }] })
          }
          data-testid="part-add"
        >
          {t('clipsAdmin.parts.add')}
        </Button>
      </Group>
      {errorFor('parts') && (
        <Text size="sm" c="red" role="alert">
          {errorFor('parts')}
        </Text>
      )}
    </Stack>
  );
}
