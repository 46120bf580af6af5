import { SCORE_VISIBILITY, type ScoreVisibility } from '@contest/contracts';
import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ScoreVisibilityFieldProps {
  value: ScoreVisibility;
  onChange: (value: ScoreVisibility) => void;
  testIdPrefix: string;
}

/** When participants see their score; each choice says what it allows, since one of them leaks the key. */
export function ScoreVisibilityField({ value, onChange, testIdPrefix }: ScoreVisibilityFieldProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('organizer.scoreVisibility.label')}
      value={value}
      onChange={(next) => onChange(next as ScoreVisibility)}
      data-testid={`${testIdPrefix}-scoreVisibility`}
    >
      <Stack gap="sm" mt={6}>
        {SCORE_VISIBILITY.map((choice) => (
          <Radio
            key={choice}
            value={choice}
            label={t(`organizer.scoreVisibility.${choice}`)}
            description={t(`organizer.scoreVisibility.${choice}Hint`)}
            data-testid={`${testIdPrefix}-scoreVisibility-${choice}`}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
