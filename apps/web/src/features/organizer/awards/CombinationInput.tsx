import type { Stage } from '@contest/contracts';
import { Group, NumberInput, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDecimal } from '../../../lib/format';
import { asCount } from '../common/quotas';
import { weightsSum, type AwardDraft, type CombinationKind } from './award-form';

const KINDS: readonly CombinationKind[] = ['sum', 'final', 'weighted'];

interface CombinationInputProps {
  stages: readonly Pick<Stage, 'id' | 'name'>[];
  value: Pick<AwardDraft, 'combination' | 'weights'>;
  onChange: (value: Pick<AwardDraft, 'combination' | 'weights'>) => void;
  disabled: boolean;
  error?: string;
}

/** How the stages' totals make the track's total; with weights, one per scored stage and their sum against 100. */
export function CombinationInput({ stages, value, onChange, disabled, error }: CombinationInputProps) {
  const { t, i18n } = useTranslation();
  const sum = weightsSum(value.weights);
  return (
    <Stack gap={6} data-testid="award-combination">
      <Radio.Group
        label={t('awards.rules.combination.title')}
        description={t('awards.rules.combination.hint')}
        value={value.combination}
        onChange={(kind) => onChange({ ...value, combination: kind as CombinationKind })}
      >
        <Stack gap={6} mt={6}>
          {KINDS.map((kind) => (
            <Radio
              key={kind}
              value={kind}
              disabled={disabled}
              label={t(`awards.rules.combination.${kind}`)}
              description={t(`awards.rules.combination.${kind}Hint`)}
              data-testid={`combination-${kind}`}
            />
          ))}
        </Stack>
      </Radio.Group>
      {value.combination === 'weighted' && (
        <Stack gap={4} pl={{ base: 0, xs: 32 }}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs">
            {stages.map((stage, index) => (
              <NumberInput
                key={stage.id}
                label={stage.name}
                min={0}
                max={100}
                decimalScale={2}
                allowNegative={false}
                suffix="%"
                value={value.weights[index] ?? ''}
                disabled={disabled}
                onChange={(weight) =>
                  onChange({
                    ...value,
                    weights: value.weights.map((w, at) => (at === index ? asCount(weight) : w)),
                  })
                }
                data-testid={`weight-${stage.id}`}
              />
            ))}
          </SimpleGrid>
          <Group gap={6}>
            <Text size="sm" fw={600} c={sum === 100 ? 'teal.8' : 'red.8'} data-testid="weights-sum">
              {t('awards.rules.combination.sum100', { sum: formatDecimal(sum, i18n.language) })}
            </Text>
          </Group>
        </Stack>
      )}
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
