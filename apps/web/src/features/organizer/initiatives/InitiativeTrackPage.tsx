import type { Track } from '@contest/contracts';
import { Alert, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '../../../shared/ErrorState';
import { NotFoundPage } from '../../../shared/NotFoundPage';
import { PageLoader } from '../../../shared/PageLoader';
import { useIdParam } from '../../../shared/use-id-param';
import { TrackPageHeader } from '../clips/TrackPageHeader';
import type { TrackPage } from '../clips/TrackLinks';
import { useTrack } from '../clips/use-clip-tracks';

interface InitiativeTrackPageProps {
  title: string;
  page: TrackPage;
  /** The page's own body, for an initiative track (a clip track has none of these pages). */
  children(track: Track): ReactNode;
}

/** An organizer's page of one initiative track (quotas, originality): the track from the address, its header, its body. */
export function InitiativeTrackPage({ title, page, children }: InitiativeTrackPageProps) {
  const trackId = useIdParam('trackId');
  return trackId === null ? (
    <NotFoundPage />
  ) : (
    <ForTrack trackId={trackId} title={title} page={page}>
      {children}
    </ForTrack>
  );
}

function ForTrack({ trackId, title, page, children }: InitiativeTrackPageProps & { trackId: number }) {
  const { t } = useTranslation();
  const track = useTrack(trackId);
  if (track.isPending) return <PageLoader />;
  if (track.isError) return <ErrorState error={track.error} onRetry={() => void track.refetch()} />;
  return (
    <Stack gap="md">
      <TrackPageHeader track={track.data} title={title} page={page} />
      {track.data.kind === 'initiative' ? (
        children(track.data)
      ) : (
        <Alert color="gray" variant="light">
          {t('initiativeAdmin.notInitiative')}
        </Alert>
      )}
    </Stack>
  );
}
