import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '../../shared/ErrorState';
import { PageLoader } from '../../shared/PageLoader';
import { countText } from './figures';
import { RosterImport } from './RosterImport';
import { conflictCount } from './roster';
import { RosterList } from './RosterList';
import { useUnitRoster } from './unit-queries';

/** The staff roster the unit admin uploaded, and the upload that replaces it. */
export function RosterTab({ unitId }: { unitId: number }) {
  const { t, i18n } = useTranslation();
  const roster = useUnitRoster(unitId);
  if (roster.isPending) return <PageLoader />;
  if (roster.isError && !roster.data)
    return <ErrorState error={roster.error} onRetry={() => void roster.refetch()} />;
  const { entries, linked, unit } = roster.data;
  const conflicts = conflictCount(entries);
  return (
    <Stack gap="md">
      {entries.length > 0 && (
        <Text size="sm" data-testid="roster-summary">
          {t('myUnit.roster.summary', {
            count: countText(entries.length, i18n.language),
            linked: countText(linked, i18n.language),
          })}
          {conflicts > 0 && (
            <Text span c="orange.9" data-testid="roster-conflicts">
              {' '}
              {t('myUnit.roster.conflicts', { count: conflicts })}
            </Text>
          )}
        </Text>
      )}
      <RosterImport unitId={unitId} unitName={unit.name} currentCount={entries.length} />
      <RosterList entries={entries} />
    </Stack>
  );
}
