import type { Unit } from '@contest/contracts';
import { Loader, Select, Stack, Text, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { callApi, queryKeys } from '../../api';

// The server has already matched the search, ignoring diacritics; filtering again would drop them.
const keepServerMatches: OptionsFilter = ({ options }) => options;

interface UnitPickerProps {
  value: Unit | null;
  onChange(unitId: number): void;
}

/** An organizer opens any unit's area: search the tree by name or code. */
export function UnitPicker({ value, onChange }: UnitPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const results = useQuery({
    queryKey: queryKeys.unitSearch(debounced),
    queryFn: ({ signal }) => callApi('searchUnits', { query: { q: debounced, limit: 20 }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });

  const unitsById = useMemo(() => {
    const units = new Map<string, Unit>();
    if (value) units.set(String(value.id), value);
    for (const unit of results.data?.items ?? []) units.set(String(unit.id), unit);
    return units;
  }, [results.data, value]);

  return (
    <Select
      searchable
      label={t('myUnit.picker.label')}
      placeholder={t('myUnit.picker.placeholder')}
      data={[...unitsById.values()].map((unit) => ({ value: String(unit.id), label: unit.name }))}
      filter={keepServerMatches}
      value={value ? String(value.id) : null}
      onChange={(id) => id && onChange(Number(id))}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('myUnit.picker.nothingFound')}
      rightSection={results.isFetching ? <Loader size="xs" /> : undefined}
      maxDropdownHeight={320}
      maw={480}
      renderOption={({ option }) => {
        const unit = unitsById.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {unit && unit.ancestry.length > 0 && (
              <Text size="xs" c="dimmed">
                {unit.ancestry.join(' › ')}
              </Text>
            )}
          </Stack>
        );
      }}
      data-testid="my-unit-picker"
    />
  );
}
