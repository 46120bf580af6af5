import type { Entry } from '@contest/contracts';
import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '../../api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { ErrorState } from '../../shared/ErrorState';
import { NotFoundPage } from '../../shared/NotFoundPage';
import { PageLoader } from '../../shared/PageLoader';
import { useIdParam } from '../../shared/use-id-param';
import { InitiativeEntries } from '../initiatives/InitiativeEntries';
import { MyPrizesCard } from '../track-results/MyPrizesCard';
import { EntryCard } from './EntryCard';
import { useMyEntries, useRefreshMyEntries } from './entry-queries';
import { entriesInOrder } from './entry-state';
import { NewEntry } from './NewEntry';
import { TrackHeader } from './TrackHeader';
import { TrackLimits } from './TrackLimits';
import { TrackRules } from './TrackRules';
import { TrackWindowNote } from './TrackWindowNote';

/**
 * The unit's entries to a call for clips: the call's rules and limits, sending, uploading, following
 * screening; on an initiative call, the author's initiatives (written, sent to the unit, followed).
 */
export function MyEntriesPage() {
  const trackId = useIdParam('trackId');
  if (trackId === null) return <NotFoundPage />;
  return <TrackEntries key={trackId} trackId={trackId} />;
}

function TrackEntries({ trackId }: { trackId: number }) {
  const { t } = useTranslation();
  const query = useMyEntries(trackId);
  const refresh = useRefreshMyEntries(trackId);
  // A file chosen in the new-entry form waits here until the new entry's card takes it.
  const [handoff, setHandoff] = useState<{ entryId: number; file: File } | null>(null);

  if (query.isPending) return <PageLoader />;
  // A failed refetch keeps the page (and any upload running in it); only a first load that fails replaces it.
  if (query.data === undefined)
    return isApiError(query.error, 404) ? (
      <NotFoundPage />
    ) : (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );

  const mine = query.data;
  const { track } = mine;
  if (track.kind === 'initiative' && track.initiative)
    return (
      <Stack gap="md" data-testid="my-entries" data-phase={track.phase} data-kind="initiative">
        <TrackHeader track={track} unitName={mine.unitName} onPhaseDue={() => void refresh()} />
        {query.isRefetchError && <ErrorAlert error={query.error} />}
        <MyPrizesCard trackId={track.id} published={track.resultsPublishedAt !== null} entries={mine.items} />
        <InitiativeEntries mine={mine} track={{ ...track, initiative: track.initiative }} />
      </Stack>
    );
  const entries = entriesInOrder(mine.items);
  const hasLive = entries.some((e) => e.status !== 'withdrawn');
  const onCreated = (entry: Entry, file: File | null) => {
    if (file) setHandoff({ entryId: entry.id, file });
  };

  return (
    <Stack gap="md" data-testid="my-entries" data-phase={track.phase}>
      <TrackHeader track={track} unitName={mine.unitName} onPhaseDue={() => void refresh()} />
      {query.isRefetchError && <ErrorAlert error={query.error} />}
      <MyPrizesCard trackId={track.id} published={track.resultsPublishedAt !== null} entries={entries} />
      <TrackWindowNote track={track} />
      {/* To read before sending: open while the unit has nothing in, folded away once it has. */}
      <TrackRules rulesText={track.rulesText} initiallyOpen={!hasLive && track.phase !== 'closed'} />
      <TrackLimits track={track} />

      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('entries.list.title')}
        </Title>
        {entries.length === 0 && (
          <Text size="sm" c="dimmed" data-testid="entries-empty">
            {t(track.phase === 'closed' ? 'entries.list.noneClosed' : 'entries.list.none')}
          </Text>
        )}
        <NewEntry mine={mine} onCreated={onCreated} />
        {entries.map((entry) => (
          <EntryCard
            key={entry.id}
            track={track}
            entry={entry}
            initialFile={handoff?.entryId === entry.id ? handoff.file : null}
            onInitialFileTaken={() => setHandoff(null)}
          />
        ))}
      </Stack>
    </Stack>
  );
}
