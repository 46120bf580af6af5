import { PRIZE_TIERS } from '@contest/contracts';
import { NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { prizeLabelKey } from '../../../shared/prize';
import { asCount } from './quotas';

export type PrizeCountsDraft = Record<(typeof PRIZE_TIERS)[number], number | ''>;

interface PrizeCountsInputsProps {
  value: PrizeCountsDraft;
  onChange: (value: PrizeCountsDraft) => void;
  error?: string;
  testIdPrefix: string;
}

export function PrizeCountsInputs({ value, onChange, error, testIdPrefix }: PrizeCountsInputsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('organizer.prizes.title')}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        {PRIZE_TIERS.map((tier) => (
          <NumberInput
            key={tier}
            label={t(prizeLabelKey(tier))}
            min={0}
            max={tier === 'encouragement' ? 1000 : 100}
            allowDecimal={false}
            allowNegative={false}
            value={value[tier]}
            onChange={(count) => onChange({ ...value, [tier]: asCount(count) })}
            data-testid={`${testIdPrefix}-prize-${tier}`}
          />
        ))}
      </SimpleGrid>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
