import { ActionIcon, Button, Group, NumberInput, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { asCount } from '../common/quotas';
import { MAX_STAGE_PRIZES, nextKey, type StageField, type StagePrizeDraft } from './stage-form';

interface StagePrizesInputProps {
  value: readonly StagePrizeDraft[];
  onChange: (value: StagePrizeDraft[]) => void;
  disabled: boolean;
  errorFor: (field: StageField) => string | undefined;
}

/** The stage's prizes, best first: the top entries take the first prize's count, the next ones the second… */
export function StagePrizesInput({ value, onChange, disabled, errorFor }: StagePrizesInputProps) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<StagePrizeDraft>) =>
    onChange(value.map((prize, at) => (at === index ? { ...prize, ...change } : prize)));
  const total = value.reduce((sum, prize) => sum + (prize.count === '' ? 0 : prize.count), 0);

  return (
    <Stack gap={6} data-testid="stage-prizes">
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {t('clipsAdmin.prizes.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('clipsAdmin.prizes.hint')}
        </Text>
      </Stack>
      {value.map((prize, index) => (
        <Paper key={prize.key} withBorder p="xs" radius="sm" data-testid="stage-prize-row">
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              style={{ flex: 1, minWidth: 0 }}
              label={t('clipsAdmin.prizes.label')}
              value={prize.label}
              maxLength={60}
              disabled={disabled}
              onChange={(event) => update(index, { label: event.currentTarget.value })}
              error={errorFor(`prizes.${index}.label`)}
            />
            <NumberInput
              w={90}
              label={t('clipsAdmin.prizes.count')}
              min={1}
              max={100}
              allowDecimal={false}
              allowNegative={false}
              value={prize.count}
              disabled={disabled}
              onChange={(count) => update(index, { count: asCount(count) })}
              error={errorFor(`prizes.${index}.count`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={26}
              disabled={disabled}
              onClick={() => onChange(value.filter((_, at) => at !== index))}
              aria-label={t('clipsAdmin.prizes.remove', { name: prize.label || index + 1 })}
            >
              ✕
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('clipsAdmin.prizes.none')}
        </Text>
      )}
      <Group justify="space-between" gap="xs">
        <Button
          variant="light"
          size="xs"
          disabled={disabled || value.length >= MAX_STAGE_PRIZES}
          onClick={() => onChange([...value, { key: nextKey(value), label: '', count: 1 }])}
          data-testid="stage-prize-add"
        >
          {t('clipsAdmin.prizes.add')}
        </Button>
        <Text size="sm">{t('clipsAdmin.prizes.total', { count: total })}</Text>
      </Group>
      {errorFor('prizes') && (
        <Text size="sm" c="red" role="alert">
          {errorFor('prizes')}
        </Text>
      )}
    </Stack>
  );
}
