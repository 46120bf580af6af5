import type { UnitPeople, UnitReport } from '@contest/contracts';
import { Button, Group, Loader, Select, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { isApiError, routeUrl } from '../../api';
import { ErrorState } from '../../shared/ErrorState';
import { PageLoader } from '../../shared/PageLoader';
import { useCurrentRound } from '../rounds/use-current-round';
import { CopyNotYetButton } from './CopyNotYetButton';
import { PeopleCounts } from './PeopleCounts';
import { PeopleFilters } from './PeopleFilters';
import { PeopleList } from './PeopleList';
import { NO_FILTER, filterPeople, groupBySubUnit, subUnitChoices, type PeopleFilter } from './people';
import { chosenRound, roundChoices, type RoundChoice } from './round-choices';
import { useUnitPeople } from './unit-queries';

interface PeopleTabProps {
  unitId: number;
  report: UseQueryResult<UnitReport>;
  live: boolean;
}

/** "Tuần 3 · Vòng 3"; a practice round (week 0) by its name alone. */
function roundLabel(round: RoundChoice, t: TFunction): string {
  return round.weekNumber > 0
    ? t('myUnit.rounds.option', { week: round.weekNumber, round: round.name })
    : round.name;
}

/** Who has taken part in a round, this week's first: counts, then everyone by sub-unit. */
export function PeopleTab({ unitId, report, live }: PeopleTabProps) {
  const { t } = useTranslation();
  const current = useCurrentRound();
  const [chosenId, setChosenId] = useState<number | null>(null);
  // A unit without any weekly round yet still has this week's (or a practice) round to look at.
  const reportSettled = report.isSuccess || (report.isError && isApiError(report.error));
  const choices = useMemo(
    () => roundChoices(current.data?.rounds, report.data, Date.now()),
    [current.data, report.data],
  );

  if (!reportSettled || current.isPending) {
    return report.isError ? (
      <ErrorState error={report.error} onRetry={() => void report.refetch()} />
    ) : (
      <PageLoader />
    );
  }
  const round = chosenRound(choices, chosenId);
  if (!round) {
    return (
      <Text c="dimmed" py="md" data-testid="my-unit-no-round">
        {t('myUnit.rounds.none')}
      </Text>
    );
  }
  return (
    <RoundPeople
      unitId={unitId}
      round={round}
      live={live}
      roundPicker={<RoundPicker choices={choices} value={round.id} onChange={setChosenId} />}
    />
  );
}

function RoundPicker({
  choices,
  value,
  onChange,
}: {
  choices: readonly RoundChoice[];
  value: number;
  onChange(id: number): void;
}) {
  const { t } = useTranslation();
  const label = (choice: RoundChoice) => {
    const name = roundLabel(choice, t);
    return choice.open ? t('myUnit.rounds.open', { round: name }) : name;
  };
  return (
    <Select
      label={t('myUnit.rounds.label')}
      data={choices.map((choice) => ({ value: String(choice.id), label: label(choice) }))}
      value={String(value)}
      onChange={(next) => next && onChange(Number(next))}
      allowDeselect={false}
      checkIconPosition="right"
      maw={480}
      data-testid="my-unit-round"
    />
  );
}

interface RoundPeopleProps {
  unitId: number;
  round: RoundChoice;
  live: boolean;
  roundPicker: ReactNode;
}

function RoundPeople({ unitId, round, live, roundPicker }: RoundPeopleProps) {
  const people = useUnitPeople(unitId, round.id, live);
  const [filter, setFilter] = useState<PeopleFilter>(NO_FILTER);

  return (
    <Stack gap="md">
      {roundPicker}
      {people.isPending ? (
        <PageLoader />
      ) : people.isError && !people.data ? (
        <ErrorState error={people.error} onRetry={() => void people.refetch()} />
      ) : (
        <PeopleView
          data={people.data}
          round={round}
          filter={filter}
          onFilter={setFilter}
          refreshing={people.isFetching && people.isPlaceholderData}
        />
      )}
    </Stack>
  );
}

interface PeopleViewProps {
  data: UnitPeople;
  round: RoundChoice;
  filter: PeopleFilter;
  onFilter(filter: PeopleFilter): void;
  refreshing: boolean;
}

function PeopleView({ data, round, filter, onFilter, refreshing }: PeopleViewProps) {
  const { t } = useTranslation();
  const search = useDeferredValue(filter.search);
  const rootId = data.unit.id;
  const subUnits = useMemo(() => subUnitChoices(data.people, rootId), [data.people, rootId]);
  // A sub-unit chosen in another round may have nobody listed in this one: show everyone then.
  const subUnitId = subUnits.some((s) => s.unitId === filter.subUnitId) ? filter.subUnitId : null;
  const shown = useMemo(
    () => filterPeople(data.people, { status: filter.status, subUnitId, search }),
    [data.people, filter.status, subUnitId, search],
  );
  const groups = useMemo(() => groupBySubUnit(shown, rootId), [shown, rootId]);
  // What the copy button takes: the same sub-unit and search, whatever status is shown.
  const copyScope = useMemo(
    () => filterPeople(data.people, { status: null, subUnitId, search }),
    [data.people, subUnitId, search],
  );

  return (
    <Stack gap="md">
      <PeopleCounts
        data={data}
        status={filter.status}
        onStatus={(status) => onFilter({ ...filter, status: filter.status === status ? null : status })}
      />
      <Group gap="xs">
        <CopyNotYetButton
          people={copyScope}
          rootUnitId={rootId}
          heading={t('myUnit.copy.heading', {
            unit: subUnits.find((s) => s.unitId === subUnitId)?.unitName ?? data.unit.name,
            round: roundLabel(round, t),
          })}
        />
        <Button
          component="a"
          href={routeUrl('unitPeopleXlsx', { params: { unitId: rootId }, query: { roundId: round.id } })}
          download
          variant="default"
          size="sm"
          data-testid="people-xlsx"
        >
          {t('myUnit.download')}
        </Button>
        {refreshing && <Loader size="xs" aria-label={t('common.loading')} />}
      </Group>
      <PeopleFilters filter={{ ...filter, subUnitId }} onFilter={onFilter} subUnits={subUnits} data={data} />
      <PeopleList
        key={`${filter.status}:${subUnitId}:${search}`}
        groups={groups}
        total={shown.length}
        listed={data.people.length}
      />
    </Stack>
  );
}
