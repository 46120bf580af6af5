import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDecimal } from '../../../lib/format';
import { asCount } from '../common/quotas';
import {
  MAX_CRITERIA,
  criteriaSum,
  moveRow,
  nextKey,
  type CriterionDraft,
  type PartDraft,
  type StageField,
} from './stage-form';

interface CriteriaEditorProps {
  value: readonly CriterionDraft[];
  onChange: (value: CriterionDraft[]) => void;
  disabled: boolean;
  errorFor: (field: StageField) => string | undefined;
  /** A live final's parts: each criterion then says which part it is scored in. */
  parts?: readonly PartDraft[];
}

/** The rubric: criteria in the order judges score them, each with its maximum and what judges look for. */
export function CriteriaEditor({ value, onChange, disabled, errorFor, parts }: CriteriaEditorProps) {
  const { t, i18n } = useTranslation();
  const update = (index: number, change: Partial<CriterionDraft>) =>
    onChange(value.map((row, at) => (at === index ? { ...row, ...change } : row)));
  const decimal = i18n.language === 'en' ? '.' : ',';
  const partOptions = parts?.map((part, index) => ({
    value: String(index),
    label: `${index + 1}. ${part.name.trim() || t('clipsAdmin.parts.numbered', { number: index + 1 })}`,
  }));
  // A new criterion goes in the part of the one before it, where it is most likely meant to go.
  const newPart = parts && parts.length > 0 ? (value[value.length - 1]?.part ?? 0) : null;

  return (
    <Stack gap={6} data-testid="criteria-editor">
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {t('clipsAdmin.criteria.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('clipsAdmin.criteria.hint')}
        </Text>
      </Stack>
      {value.map((row, index) => {
        const label = row.name.trim() || t('clipsAdmin.criteria.numbered', { number: index + 1 });
        return (
          <Paper key={row.key} withBorder p="xs" radius="sm" data-testid="criterion-row">
            <Stack gap={6}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" fw={700}>
                  {t('clipsAdmin.criteria.numbered', { number: index + 1 })}
                </Text>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    variant="default"
                    disabled={disabled || index === 0}
                    onClick={() => onChange(moveRow(value, index, -1))}
                    aria-label={t('clipsAdmin.criteria.moveUp', { name: label })}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    disabled={disabled || index === value.length - 1}
                    onClick={() => onChange(moveRow(value, index, 1))}
                    aria-label={t('clipsAdmin.criteria.moveDown', { name: label })}
                  >
                    ↓
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    disabled={disabled || value.length <= 1}
                    onClick={() => onChange(value.filter((_, at) => at !== index))}
                    aria-label={t('clipsAdmin.criteria.remove', { name: label })}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              </Group>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing={4}>
                <TextInput
                  required
                  label={t('clipsAdmin.criteria.name')}
                  value={row.name}
                  maxLength={120}
                  disabled={disabled}
                  onChange={(event) => update(index, { name: event.currentTarget.value })}
                  error={errorFor(`criteria.${index}.name`)}
                  data-testid="criterion-name"
                />
                <NumberInput
                  required
                  label={t('clipsAdmin.criteria.maxPoints')}
                  min={0.5}
                  max={1000}
                  step={0.25}
                  decimalScale={2}
                  decimalSeparator={decimal}
                  allowNegative={false}
                  value={row.maxPoints}
                  disabled={disabled}
                  onChange={(points) => update(index, { maxPoints: asCount(points) })}
                  error={errorFor(`criteria.${index}.maxPoints`)}
                  data-testid="criterion-maxPoints"
                />
              </SimpleGrid>
              {partOptions && (
                <Select
                  required
                  label={t('clipsAdmin.criteria.part')}
                  data={partOptions}
                  value={row.part === null ? null : String(row.part)}
                  onChange={(part) => update(index, { part: part === null ? null : Number(part) })}
                  disabled={disabled}
                  allowDeselect={false}
                  placeholder={t('clipsAdmin.criteria.partPlaceholder')}
                  error={errorFor(`criteria.${index}.part`)}
                  data-testid="criterion-part"
                />
              )}
              <Textarea
                label={t('clipsAdmin.criteria.guidance')}
                autosize
                minRows={1}
                maxRows={6}
                value={row.guidance}
                disabled={disabled}
                onChange={(event) => update(index, { guidance: event.currentTarget.value })}
                error={errorFor(`criteria.${index}.guidance`)}
              />
            </Stack>
          </Paper>
        );
      })}
      <Group justify="space-between" gap="xs">
        <Button
          variant="light"
          size="xs"
          disabled={disabled || value.length >= MAX_CRITERIA}
          onClick={() =>
            onChange([
              ...value,
              { key: nextKey(value), id: null, name: '', maxPoints: 10, guidance: '', part: newPart },
            ])
          }
          data-testid="criterion-add"
        >
          {t('clipsAdmin.criteria.add')}
        </Button>
        <Text size="sm" fw={500} data-testid="criteria-sum">
          {t('clipsAdmin.criteria.sum', { points: formatDecimal(criteriaSum(value), i18n.language) })}
        </Text>
      </Group>
      {errorFor('criteria') && (
        <Text size="sm" c="red" role="alert">
          {errorFor('criteria')}
        </Text>
      )}
    </Stack>
  );
}
