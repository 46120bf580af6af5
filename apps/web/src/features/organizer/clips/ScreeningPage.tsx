import type { ScreeningEntry, Track } from '@contest/contracts';
import { Alert, Chip, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../../lib/format';
import { ErrorState } from '../../../shared/ErrorState';
import { NotFoundPage } from '../../../shared/NotFoundPage';
import { PageLoader } from '../../../shared/PageLoader';
import { useErrorMessage } from '../../../shared/use-error-message';
import { useIdParam } from '../../../shared/use-id-param';
import { RejectModal } from './RejectModal';
import { ScreeningCounts } from './ScreeningCounts';
import { ScreeningEntryCard } from './ScreeningEntryCard';
import { SCREENING_FILTERS, filterCounts, filterScreening, type ScreeningFilter } from './screening-view';
import { TrackPageHeader } from './TrackPageHeader';
import { VideoModal } from './VideoModal';
import { useScreening, useTrack } from './use-clip-tracks';
import { useScreenEntry } from './use-screen-entry';
import { useTrackOriginality } from '../initiatives/use-initiative-admin';

export function ScreeningPage() {
  const trackId = useIdParam('trackId');
  return trackId === null ? <NotFoundPage /> : <Screening trackId={trackId} />;
}

function Screening({ trackId }: { trackId: number }) {
  const { t } = useTranslation();
  const track = useTrack(trackId);
  if (track.isPending) return <PageLoader />;
  if (track.isError) return <ErrorState error={track.error} onRetry={() => void track.refetch()} />;
  return (
    <Stack gap="md">
      <TrackPageHeader track={track.data} title={t('clipsAdmin.screening.title')} page="screening" />
      <ScreeningBody track={track.data} />
    </Stack>
  );
}

/** When a stage of the track was locked: screening then stays as judging saw it. */
const lockedAt = (track: Track): string | null =>
  track.stages.map((stage) => stage.lockedAt).find((at): at is string => at !== null) ?? null;

function ScreeningBody({ track }: { track: Track }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const list = useScreening(track.id);
  const initiative = track.kind === 'initiative';
  // Initiatives carry their originality check; a clip track has nothing to compare.
  const originality = useTrackOriginality(track.id, initiative);
  const [filter, setFilter] = useState<ScreeningFilter>('all');
  const [playing, setPlaying] = useState<ScreeningEntry | null>(null);
  const [rejecting, setRejecting] = useState<ScreeningEntry | null>(null);
  const accept = useScreenEntry();
  const locked = lockedAt(track);

  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;

  const { items, counts } = list.data;
  const shown = filterScreening(items, filter);
  const perFilter = filterCounts(items);
  const originalityOf = new Map(originality.data?.items.map((item) => [item.entryId, item]));
  const acceptEntry = (entry: ScreeningEntry) =>
    accept.mutate(
      { entryId: entry.id, title: entry.title, body: { decision: 'accepted', reason: null } },
      { onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }) },
    );

  return (
    <Stack gap="md">
      <ScreeningCounts counts={counts} />
      {locked ? (
        <Alert variant="light" color="orange" data-testid="screening-locked">
          {t('clipsAdmin.screening.locked', { at: formatDateTime(locked, i18n.language) })}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {initiative ? t('initiativeAdmin.screening.hint') : t('clipsAdmin.screening.hint')}
        </Text>
      )}
      <Chip.Group multiple={false} value={filter} onChange={(value) => setFilter(value as ScreeningFilter)}>
        <Group gap="xs" data-testid="screening-filter">
          {SCREENING_FILTERS.map((key) => (
            <Chip key={key} value={key} size="sm" data-testid={`filter-${key}`}>
              {t(`clipsAdmin.filter.${key}`, { count: perFilter[key] })}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {shown.length === 0 ? (
        <Text c="dimmed">
          {t(items.length === 0 ? 'clipsAdmin.screening.empty' : 'clipsAdmin.screening.noneHere')}
        </Text>
      ) : (
        <Stack gap="sm">
          {shown.map((entry) => (
            <ScreeningEntryCard
              key={entry.id}
              entry={entry}
              locked={locked !== null}
              accepting={accept.isPending && accept.variables.entryId === entry.id}
              onPlay={() => setPlaying(entry)}
              onAccept={() => acceptEntry(entry)}
              onReject={() => setRejecting(entry)}
              originality={originalityOf.get(entry.id)}
            />
          ))}
        </Stack>
      )}
      <VideoModal entry={playing} onClose={() => setPlaying(null)} />
      <RejectModal entry={rejecting} onClose={() => setRejecting(null)} />
    </Stack>
  );
}
