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
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDong } from '../../../lib/format';
import { asCount } from '../common/quotas';
import { groupAmount, type AwardField, type PrizeRowDraft } from './award-form';
import { MoneyInput } from './MoneyInput';

interface PrizeRowsEditorProps {
  field: 'main' | 'units';
  value: readonly PrizeRowDraft[];
  onChange: (value: PrizeRowDraft[]) => void;
  disabled: boolean;
  errorFor: (field: AwardField) => string | undefined;
  title: string;
  hint: string;
  max: number;
  /** Main prizes: a group's amount shown beside each (the individual amount × this). */
  groupMultiplier?: number | '';
  /** Placed under the title, before the rows (the group multiplier). */
  header?: ReactNode;
}

/** Prizes best first: each a label, how many take it, and its amount in đồng. */
export function PrizeRowsEditor(props: PrizeRowsEditorProps) {
  const { field, value, onChange, disabled, errorFor, groupMultiplier } = props;
  const { t, i18n } = useTranslation();
  const update = (index: number, change: Partial<PrizeRowDraft>) =>
    onChange(value.map((prize, at) => (at === index ? { ...prize, ...change } : prize)));
  const nextKey = Math.max(-1, ...value.map((prize) => prize.key)) + 1;

  return (
    <Stack gap={6} data-testid={`award-${field}`}>
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {props.title}
        </Text>
        <Text size="xs" c="dimmed">
          {props.hint}
        </Text>
      </Stack>
      {props.header}
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('awards.rules.noPrizes')}
        </Text>
      )}
      {value.map((prize, index) => {
        const group = groupMultiplier === undefined ? null : groupAmount(prize.amount, groupMultiplier);
        return (
          <Paper key={prize.key} withBorder p="xs" radius="sm" data-testid={`award-${field}-row`}>
            <Group gap="xs" align="flex-start" wrap="nowrap">
              <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" verticalSpacing={4} style={{ flex: 1 }}>
                <TextInput
                  label={t('awards.rules.prizeLabel')}
                  value={prize.label}
                  maxLength={80}
                  disabled={disabled}
                  onChange={(event) => update(index, { label: event.currentTarget.value })}
                  error={errorFor(`${field}.${index}.label`)}
                />
                <NumberInput
                  label={t(field === 'units' ? 'awards.rules.unitCount' : 'awards.rules.prizeCount')}
                  min={1}
                  max={100}
                  allowDecimal={false}
                  allowNegative={false}
                  value={prize.count}
                  disabled={disabled}
                  onChange={(count) => update(index, { count: asCount(count) })}
                  error={errorFor(`${field}.${index}.count`)}
                />
                <Stack gap={2}>
                  <MoneyInput
                    label={t(
                      groupMultiplier === undefined ? 'awards.rules.amount' : 'awards.rules.individualAmount',
                    )}
                    value={prize.amount}
                    disabled={disabled}
                    onChange={(amount) => update(index, { amount })}
                    error={errorFor(`${field}.${index}.amount`)}
                  />
                  {group !== null && (
                    <Text size="xs" c="dimmed" data-testid="group-amount">
                      {t('awards.rules.groupAmount', { amount: formatDong(group, i18n.language) })}
                    </Text>
                  )}
                </Stack>
              </SimpleGrid>
              <ActionIcon
                variant="subtle"
                color="red"
                mt={26}
                disabled={disabled}
                onClick={() => onChange(value.filter((_, at) => at !== index))}
                aria-label={t('awards.rules.removePrize', { name: prize.label || index + 1 })}
              >
                ✕
              </ActionIcon>
            </Group>
          </Paper>
        );
      })}
      <Group>
        <Button
          variant="light"
          size="xs"
          disabled={disabled || value.length >= props.max}
          onClick={() => onChange([...value, { key: nextKey, label: '', count: 1, amount: 0 }])}
          data-testid={`award-${field}-add`}
        >
          {t('awards.rules.addPrize')}
        </Button>
      </Group>
      {errorFor(field) && (
        <Text size="sm" c="red" role="alert">
          {errorFor(field)}
        </Text>
      )}
    </Stack>
  );
}
