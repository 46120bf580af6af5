import type { Unit } from '@contest/contracts';
import { Loader, Select, Stack, Text, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { callApi, queryKeys } from '../../api';

const SEARCH_LIMIT = 20;

// The server has already matched the query, ignoring diacritics; filtering again here would hide
// "Sở Nội vụ" from someone who typed "so noi vu".
const keepServerMatches: OptionsFilter = ({ options }) => options;

const ancestryLine = (unit: Unit) => unit.ancestry.join(' › ');

interface UnitSelectProps {
  value: Unit | null;
  onChange(unit: Unit | null): void;
  error?: string;
  /** Words of its own where it picks something other than the account's unit. */
  label?: string;
  placeholder?: string;
  required?: boolean;
  disabled?: boolean;
}

/** Picks a unit from the tree by searching the server; same-named units are told apart by their ancestry. */
export function UnitSelect({
  value,
  onChange,
  error,
  label,
  placeholder,
  required = true,
  disabled,
}: UnitSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);

  const results = useQuery({
    queryKey: queryKeys.unitSearch(debouncedSearch),
    queryFn: ({ signal }) =>
      callApi('searchUnits', { query: { q: debouncedSearch, limit: SEARCH_LIMIT }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });

  const unitsById = useMemo(() => {
    const units = new Map<string, Unit>();
    for (const unit of results.data?.items ?? []) units.set(String(unit.id), unit);
    if (value) units.set(String(value.id), value);
    return units;
  }, [results.data, value]);

  const options = useMemo<ComboboxItem[]>(
    () => [...unitsById.values()].map((unit) => ({ value: String(unit.id), label: unit.name })),
    [unitsById],
  );

  return (
    <Select
      searchable
      required={required}
      disabled={disabled}
      label={label ?? t('auth.fields.unit')}
      placeholder={placeholder ?? t('auth.fields.unitPlaceholder')}
      description={value && value.ancestry.length > 0 ? ancestryLine(value) : undefined}
      error={error}
      data={options}
      filter={keepServerMatches}
      value={value ? String(value.id) : null}
      onChange={(id) => onChange(id ? (unitsById.get(id) ?? null) : null)}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('auth.register.noUnitFound')}
      rightSection={results.isFetching ? <Loader size="xs" /> : undefined}
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
      renderOption={({ option }) => {
        const unit = unitsById.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {unit && unit.ancestry.length > 0 && (
              <Text size="xs" c="dimmed">
                {ancestryLine(unit)}
              </Text>
            )}
          </Stack>
        );
      }}
      data-testid="unit-search"
    />
  );
}
