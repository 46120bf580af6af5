import type { UnitNode } from '@contest/contracts';
import { Select, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { foldedOptionsFilter, unitOptions } from './unit-options';

interface UnitPickerProps {
  units: readonly UnitNode[];
  /** Units that may not be picked (the unit itself and its subtree). */
  excluded?: ReadonlySet<number>;
  value: number | null;
  onChange: (unitId: number | null) => void;
  label: string;
  placeholder?: string;
  description?: string;
  /** Offer "no parent", for a unit at the top of the tree. */
  clearable?: boolean;
  error?: string;
  testId: string;
}

/** Picks a live unit from the tree already loaded; the search ignores diacritics and reads the parents' names. */
export function UnitPicker({
  units,
  excluded,
  value,
  onChange,
  label,
  placeholder,
  description,
  clearable,
  error,
  testId,
}: UnitPickerProps) {
  const { t } = useTranslation();
  const options = useMemo(() => unitOptions(units, excluded), [units, excluded]);
  const paths = useMemo(() => new Map(options.map((option) => [option.value, option.path])), [options]);
  const chosen = value === null ? null : String(value);
  return (
    <Select
      searchable
      clearable={clearable}
      label={label}
      placeholder={placeholder}
      description={description ?? (chosen ? paths.get(chosen) || undefined : undefined)}
      error={error}
      data={options}
      filter={foldedOptionsFilter}
      limit={50}
      value={chosen}
      onChange={(id) => onChange(id === null ? null : Number(id))}
      nothingFoundMessage={t('units.picker.nothingFound')}
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
      renderOption={({ option }) => {
        const path = paths.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {path && (
              <Text size="xs" c="dimmed">
                {path}
              </Text>
            )}
          </Stack>
        );
      }}
      data-testid={testId}
    />
  );
}
