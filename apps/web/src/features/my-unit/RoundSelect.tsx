import type { RoundSummary } from '@contest/contracts';
import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface RoundSelectProps {
  rounds: readonly RoundSummary[];
  value: number;
  onChange(roundId: number): void;
}

/**
 * Several contests can run at once: the unit admin picks whose participation to see. Radios rather
 * than a select, so long contest names wrap on a phone instead of being cut.
 */
export function RoundSelect({ rounds, value, onChange }: RoundSelectProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('myUnit.roundSelect')}
      value={String(value)}
      onChange={(next) => onChange(Number(next))}
      data-testid="my-unit-round"
    >
      <Stack gap="xs" mt={4}>
        {rounds.map((round) => (
          <Radio
            key={round.id}
            value={String(round.id)}
            label={t('myUnit.roundOption', { contest: round.contestName, round: round.name })}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
