import { UNIT_LEVELS, type UnitLevel } from '@contest/contracts';
import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { asCount } from '../common/quotas';
import { addQuotaRow, levelsFreeFor, type QuotaRowDraft } from './initiative-form';

interface QuotaRowsInputProps {
  value: QuotaRowDraft[];
  onChange: (rows: QuotaRowDraft[]) => void;
  error?: string;
  disabled?: boolean;
}

/** Each unit level's least number of entries to forward: one row per level, added and removed freely. */
export function QuotaRowsInput({ value, onChange, error, disabled = false }: QuotaRowsInputProps) {
  const { t } = useTranslation();
  const change = (key: number, patch: Partial<QuotaRowDraft>) =>
    onChange(value.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const added = addQuotaRow(value);

  return (
    <Stack gap={6} maw={560} data-testid="initiative-quotas">
      <Stack gap={2}>
        <Text size="sm" fw={500}>
          {t('initiativeAdmin.settings.quotas')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('initiativeAdmin.settings.quotasHint')}
        </Text>
      </Stack>
      {value.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="initiative-quotas-none">
          {t('initiativeAdmin.settings.noQuotas')}
        </Text>
      )}
      {value.length > 0 && (
        <Group gap={4} wrap="nowrap" aria-hidden>
          <Text size="xs" c="dimmed" style={{ flex: 1 }}>
            {t('initiativeAdmin.settings.quotaLevel')}
          </Text>
          <Text size="xs" c="dimmed" w={64 + 28 + 4}>
            {t('initiativeAdmin.settings.quotaMinShort')}
          </Text>
        </Group>
      )}
      {value.map((row) => (
        <Group key={row.key} gap={4} wrap="nowrap" align="flex-start" data-testid="initiative-quota-row">
          <Select
            aria-label={t('initiativeAdmin.settings.quotaLevel')}
            data={levelsFreeFor(value, row.key).map((level) => ({
              value: level,
              label: t(`units.levels.${level}`),
            }))}
            value={row.level}
            allowDeselect={false}
            disabled={disabled}
            onChange={(level) => level && change(row.key, { level: level as UnitLevel })}
            style={{ flex: 1, minWidth: 0 }}
            data-testid="initiative-quota-level"
          />
          <NumberInput
            aria-label={t('initiativeAdmin.settings.quotaMin')}
            min={1}
            max={50}
            allowDecimal={false}
            allowNegative={false}
            value={row.min}
            disabled={disabled}
            onChange={(min) => change(row.key, { min: asCount(min) })}
            // No stepper: the level's name keeps the room on a phone, and a number is quicker typed.
            hideControls
            w={64}
            data-testid="initiative-quota-min"
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="md"
            mt={4}
            style={{ flexShrink: 0 }}
            disabled={disabled}
            aria-label={t('initiativeAdmin.settings.quotaRemove', { level: t(`units.levels.${row.level}`) })}
            onClick={() => onChange(value.filter((other) => other.key !== row.key))}
            data-testid="initiative-quota-remove"
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
      <Button
        variant="light"
        size="xs"
        style={{ alignSelf: 'flex-start' }}
        disabled={disabled || added === null || value.length >= UNIT_LEVELS.length}
        onClick={() => added && onChange(added)}
        data-testid="initiative-quota-add"
      >
        {t('initiativeAdmin.settings.quotaAdd')}
      </Button>
    </Stack>
  );
}
