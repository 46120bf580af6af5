import { Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { asCount, quotaSum, spreadEvenly, type QuotaDraft } from './quotas';

interface QuotaInputsProps {
  topics: readonly string[];
  quotas: QuotaDraft;
  /** Questions per round the quotas must add up to. */
  target: number | '';
  onChange: (quotas: QuotaDraft) => void;
  error?: string;
  testIdPrefix: string;
}

/** One count per topic, with the running sum against the questions per round. */
export function QuotaInputs({ topics, quotas, target, onChange, error, testIdPrefix }: QuotaInputsProps) {
  const { t } = useTranslation();
  const sum = quotaSum(quotas);
  const matches = target !== '' && sum === target;

  if (topics.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('organizer.quotas.noTopics')}
      </Text>
    );
  }

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" fw={500}>
          {t('organizer.quotas.title')}
        </Text>
        <Button
          variant="subtle"
          size="compact-sm"
          disabled={target === '' || target <= 0}
          onClick={() => target !== '' && onChange(spreadEvenly(topics, target))}
        >
          {t('organizer.quotas.spread')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs">
        {topics.map((topic, index) => (
          <NumberInput
            key={topic}
            label={topic}
            min={0}
            max={200}
            allowDecimal={false}
            allowNegative={false}
            value={quotas[topic] ?? 0}
            onChange={(value) => onChange({ ...quotas, [topic]: asCount(value) })}
            data-testid={`${testIdPrefix}-quota-${index}`}
          />
        ))}
      </SimpleGrid>
      <Text size="sm" c={matches ? 'teal' : 'red'} fw={500} data-testid={`${testIdPrefix}-quota-sum`}>
        {t('organizer.quotas.sum', { sum, target: target === '' ? '?' : target })}
      </Text>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
