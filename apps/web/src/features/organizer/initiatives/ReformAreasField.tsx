import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { AREA_PRESETS, parseAreas, presetAreas, presetInUse } from './initiative-form';

interface ReformAreasFieldProps {
  value: string[];
  onChange: (areas: string[]) => void;
  error?: string;
  disabled?: boolean;
}

const sameList = (a: readonly string[], b: readonly string[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * An initiative call's reform areas (its topics): filled from the district's or the province's
 * list, then edited one per line. A line wraps on a phone, where a tag of 70 characters would be cut.
 */
export function ReformAreasField({ value, onChange, error, disabled = false }: ReformAreasFieldProps) {
  const { t } = useTranslation();
  // The text as typed (a new line being started included); a preset or a reset replaces it.
  const [text, setText] = useState(() => value.join('\n'));
  const shown = sameList(parseAreas(text), value) ? text : value.join('\n');
  const inUse = presetInUse(value);

  return (
    <Stack gap={6}>
      <Stack gap={2}>
        <Text size="sm" fw={500}>
          {t('initiativeAdmin.areas.label')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('initiativeAdmin.areas.hint')}
        </Text>
      </Stack>
      <Group gap="xs">
        {AREA_PRESETS.map((preset) => (
          <Button
            key={preset}
            size="xs"
            variant={inUse === preset ? 'filled' : 'light'}
            disabled={disabled}
            onClick={() => {
              const areas = presetAreas(preset);
              setText(areas.join('\n'));
              onChange(areas);
            }}
            styles={{ label: { whiteSpace: 'normal' } }}
            h="auto"
            mih={30}
            py={4}
            data-testid={`initiative-areas-preset-${preset}`}
          >
            {t(`initiativeAdmin.areas.preset.${preset}`, { count: presetAreas(preset).length })}
          </Button>
        ))}
      </Group>
      <Textarea
        aria-label={t('initiativeAdmin.areas.label')}
        description={t('initiativeAdmin.areas.count', { count: value.length })}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        autosize
        minRows={4}
        maxRows={14}
        value={shown}
        disabled={disabled}
        onChange={(event) => {
          setText(event.currentTarget.value);
          onChange(parseAreas(event.currentTarget.value));
        }}
        error={error}
        data-testid="initiative-areas"
      />
    </Stack>
  );
}
