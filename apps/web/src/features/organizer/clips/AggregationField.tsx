import { AGGREGATION_METHODS, type AggregationMethod, type AssignmentBoard } from '@contest/contracts';
import { Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface AggregationFieldProps {
  value: AggregationMethod;
  onChange: (value: AggregationMethod) => void;
  disabled: boolean;
  /** From the assignment board; undefined while it loads or when it could not be read (the api checks anyway). */
  methods: AssignmentBoard['methods'] | undefined;
  error?: string;
}

/** How judges' totals become an entry's score, each method in one line, with why one is not available yet. */
export function AggregationField({ value, onChange, disabled, methods, error }: AggregationFieldProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('clipsAdmin.method.title')}
      description={t('clipsAdmin.method.hint')}
      value={value}
      onChange={(chosen) => onChange(chosen as AggregationMethod)}
      error={error}
      data-testid="aggregation"
    >
      <Stack gap="sm" mt={8}>
        {AGGREGATION_METHODS.map((method) => {
          const availability = methods?.find((m) => m.method === method);
          const unavailable = availability !== undefined && !availability.allowed;
          return (
            <Radio
              key={method}
              value={method}
              disabled={disabled || (unavailable && method !== value)}
              label={t(`clipsAdmin.method.${method}.label`)}
              description={
                <Stack gap={2} component="span">
                  <Text span size="xs" c="dimmed">
                    {t(`clipsAdmin.method.${method}.explain`)}
                  </Text>
                  {unavailable && (
                    <Text span size="xs" c="orange.8" data-testid={`method-unavailable-${method}`}>
                      {t(`clipsAdmin.method.${method}.unavailable`, { min: availability.min ?? 0 })}
                    </Text>
                  )}
                </Stack>
              }
              data-testid={`method-${method}`}
            />
          );
        })}
      </Stack>
    </Radio.Group>
  );
}
