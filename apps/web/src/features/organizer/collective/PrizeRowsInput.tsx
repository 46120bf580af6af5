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

import { formatDong, formatNumber } from '../../../lib/format';
import { asCount } from '../common/quotas';
import { MAX_PRIZE_ROWS, prizePurse, type PrizeDraft, type RuleField } from './rule-form';

interface PrizeRowsInputProps {
  value: readonly PrizeDraft[];
  onChange: (value: PrizeDraft[]) => void;
  disabled: boolean;
  errorFor: (field: RuleField) => string | undefined;
}

/** The collective prizes, best first: each a name, how many units take it, and its amount in đồng. */
export function PrizeRowsInput({ value, onChange, disabled, errorFor }: PrizeRowsInputProps) {
  const { t, i18n } = useTranslation();
  const purse = prizePurse(value);
  const update = (index: number, change: Partial<PrizeDraft>) =>
    onChange(value.map((prize, at) => (at === index ? { ...prize, ...change } : prize)));
  const nextKey = Math.max(-1, ...value.map((prize) => prize.key)) + 1;
  const thousands = i18n.language === 'en' ? ',' : '.';
  const decimal = i18n.language === 'en' ? '.' : ',';

  return (
    <Stack gap={6} data-testid="collective-prizes">
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {t('collective.rule.prizes')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('collective.rule.prizesHint')}
        </Text>
      </Stack>
      {value.map((prize, index) => (
        <Paper key={prize.key} withBorder p="xs" radius="sm" data-testid="prize-row">
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" verticalSpacing={4} style={{ flex: 1 }}>
              <TextInput
                label={t('collective.rule.prizeName')}
                value={prize.name}
                maxLength={60}
                disabled={disabled}
                onChange={(event) => update(index, { name: event.currentTarget.value })}
                error={errorFor(`prizes.${index}.name`)}
              />
              <NumberInput
                label={t('collective.rule.prizeCount')}
                min={1}
                max={100}
                allowDecimal={false}
                allowNegative={false}
                value={prize.count}
                disabled={disabled}
                onChange={(count) => update(index, { count: asCount(count) })}
                error={errorFor(`prizes.${index}.count`)}
              />
              <NumberInput
                label={t('collective.rule.prizeAmount')}
                min={0}
                max={10_000_000_000}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator={thousands}
                decimalSeparator={decimal}
                suffix={` ${t('collective.rule.currency')}`}
                value={prize.amount}
                disabled={disabled}
                onChange={(amount) => update(index, { amount: typeof amount === 'number' ? amount : '' })}
                error={errorFor(`prizes.${index}.amount`)}
              />
            </SimpleGrid>
            <ActionIcon
              variant="subtle"
              color="red"
              mt={26}
              disabled={disabled || value.length <= 1}
              onClick={() => onChange(value.filter((_, at) => at !== index))}
              aria-label={t('collective.rule.removePrize', { name: prize.name || index + 1 })}
            >
              ✕
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Group justify="space-between" gap="xs">
        <Button
          variant="light"
          size="xs"
          disabled={disabled || value.length >= MAX_PRIZE_ROWS}
          onClick={() => onChange([...value, { key: nextKey, name: '', count: 1, amount: 0 }])}
          data-testid="add-prize"
        >
          {t('collective.rule.addPrize')}
        </Button>
        <Text size="sm" data-testid="prize-purse">
          {t('collective.rule.purse', {
            prizes: formatNumber(purse.prizes, i18n.language),
            amount: formatDong(purse.amount, i18n.language),
          })}
        </Text>
      </Group>
      {errorFor('prizes') && (
        <Text size="sm" c="red" role="alert">
          {errorFor('prizes')}
        </Text>
      )}
    </Stack>
  );
}
