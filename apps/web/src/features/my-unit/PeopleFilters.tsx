import { PERSON_STATUSES, type PersonStatus, type UnitPeople } from '@contest/contracts';
import { CloseButton, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { PeopleFilter } from './people';

interface PeopleFiltersProps {
  filter: PeopleFilter;
  onFilter(filter: PeopleFilter): void;
  subUnits: readonly { unitId: number; unitName: string; count: number }[];
  data: UnitPeople;
}

const ALL = 'all';

export function PeopleFilters({ filter, onFilter, subUnits, data }: PeopleFiltersProps) {
  const { t } = useTranslation();
  const statusCount: Record<PersonStatus, number> = {
    taken_part: data.counts.takenPart,
    in_progress: data.counts.inProgress,
    not_yet: data.counts.notYet,
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: subUnits.length > 1 ? 3 : 2 }} spacing="xs">
      <TextInput
        label={t('myUnit.filters.search')}
        placeholder={t('myUnit.filters.searchPlaceholder')}
        value={filter.search}
        onChange={(event) => onFilter({ ...filter, search: event.currentTarget.value })}
        rightSection={
          filter.search ? (
            <CloseButton
              size="sm"
              aria-label={t('myUnit.filters.clear')}
              onClick={() => onFilter({ ...filter, search: '' })}
            />
          ) : undefined
        }
        data-testid="people-search"
      />
      <Select
        label={t('myUnit.filters.status')}
        data={[
          { value: ALL, label: t('myUnit.filters.allStatuses', { count: data.people.length }) },
          ...PERSON_STATUSES.map((status) => ({
            value: status,
            label: t('myUnit.filters.statusOption', {
              status: t(`myUnit.status.${status}`),
              count: statusCount[status],
            }),
          })),
        ]}
        value={filter.status ?? ALL}
        onChange={(next) =>
          onFilter({ ...filter, status: !next || next === ALL ? null : (next as PersonStatus) })
        }
        allowDeselect={false}
        data-testid="people-status-filter"
      />
      {subUnits.length > 1 && (
        <Select
          label={t('myUnit.filters.subUnit')}
          searchable
          data={[
            { value: ALL, label: t('myUnit.filters.allSubUnits') },
            ...subUnits.map((unit) => ({
              value: String(unit.unitId),
              label: t('myUnit.filters.subUnitOption', { unit: unit.unitName, count: unit.count }),
            })),
          ]}
          value={filter.subUnitId === null ? ALL : String(filter.subUnitId)}
          onChange={(next) => onFilter({ ...filter, subUnitId: !next || next === ALL ? null : Number(next) })}
          allowDeselect={false}
          data-testid="people-subunit-filter"
        />
      )}
    </SimpleGrid>
  );
}
