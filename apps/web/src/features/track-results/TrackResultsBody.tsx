import type { SideAward, TrackResults } from '@contest/contracts';
import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDecimal } from '../../lib/format';
import { combinationFormula } from './results-view';
import { SidePrizesList } from './SidePrizesList';
import { TrackStandings } from './TrackStandings';
import { UnitPrizesList } from './UnitPrizesList';

interface TrackResultsBodyProps {
  results: TrackResults;
  /** Certificate downloads for an entry that won (organizers); `compact` in a table row. */
  certificate?: (entryId: number, compact: boolean) => ReactNode;
  /** Certificate download for a unit that won a collective prize (organizers). */
  unitCertificate?: (unitId: number, compact: boolean) => ReactNode;
}

/** The final ranking with how its totals are made, then the side prizes and the units' prizes. */
export function TrackResultsBody({ results, certificate, unitCertificate }: TrackResultsBodyProps) {
  const { t, i18n } = useTranslation();
  const { rules } = results;
  const formula = combinationFormula(
    rules.combination,
    results.stages.map((stage) => stage.name),
    (value) => formatDecimal(value, i18n.language),
  );
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('awards.results.title')}
        </Title>
        {results.stages.length > 0 && (
          <Text size="sm" data-testid="results-formula">
            {t(`awards.results.formula.${rules.combination.kind}`, { formula })}
          </Text>
        )}
        {rules.tieBreaks.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('awards.results.tieBreaks', {
              list: rules.tieBreaks.map((key) => t(`awards.tieBreak.${key}`)).join(', '),
            })}
          </Text>
        )}
        <TrackStandings
          results={results}
          actions={certificate ? (standing, compact) => certificate(standing.entryId, compact) : undefined}
        />
      </Stack>
      {results.sidePrizes.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('awards.side.title')}
          </Title>
          <Text size="sm" c="dimmed" data-testid="side-prizes-tie">
            {t('awards.side.tieRule')}
          </Text>
          <SidePrizesList
            prizes={results.sidePrizes}
            actions={
              certificate
                ? (prize: SideAward & { entryId: number }) => certificate(prize.entryId, false)
                : undefined
            }
          />
        </Stack>
      )}
      {rules.units.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('awards.units.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('awards.units.hint')}
          </Text>
          <UnitPrizesList units={results.units} certificate={unitCertificate} />
        </Stack>
      )}
    </Stack>
  );
}
