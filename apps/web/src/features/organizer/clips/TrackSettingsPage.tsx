import type { Track } from '@contest/contracts';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '../../../shared/ErrorState';
import { NotFoundPage } from '../../../shared/NotFoundPage';
import { PageLoader } from '../../../shared/PageLoader';
import { useIdParam } from '../../../shared/use-id-param';
import { StageWindowCard } from '../initiatives/StageWindowCard';
import { AddStageForm } from './AddStageForm';
import { isScoredKind } from './stage-kind';
import { StageSettingsCard } from './StageSettingsCard';
import { TrackPageHeader } from './TrackPageHeader';
import { TrackSettingsCard } from './TrackSettingsCard';
import { useTrack } from './use-clip-tracks';

export function TrackSettingsPage() {
  const trackId = useIdParam('trackId');
  return trackId === null ? <NotFoundPage /> : <TrackSettings trackId={trackId} />;
}

function TrackSettings({ trackId }: { trackId: number }) {
  const { t } = useTranslation();
  const track = useTrack(trackId);
  if (track.isPending) return <PageLoader />;
  if (track.isError) return <ErrorState error={track.error} onRetry={() => void track.refetch()} />;
  return (
    <Stack gap="md">
      <TrackPageHeader track={track.data} title={t('clipsAdmin.settings.title')} page="settings" />
      {/* Keyed by what was saved, so a form shows the api's values after a save and not a stale draft. */}
      <TrackSettingsCard key={JSON.stringify(trackFields(track.data))} track={track.data} />
      {track.data.stages.map((stage, index) => {
        const previous = index > 0 ? track.data.stages[index - 1] : undefined;
        return isScoredKind(stage.kind) ? (
          <StageSettingsCard
            key={JSON.stringify(stage)}
            stage={stage}
            // The first judged stage after a screening takes what screening accepts, not a stage's results.
            previous={previous && isScoredKind(previous.kind) ? previous : undefined}
            initiative={track.data.kind === 'initiative'}
          />
        ) : (
          <StageWindowCard key={JSON.stringify(stage)} stage={{ ...stage, kind: stage.kind }} />
        );
      })}
      {/* Keyed by the count, so after an add the name starts again at the next number. */}
      <AddStageForm key={track.data.stages.length} trackId={trackId} stages={track.data.stages} />
    </Stack>
  );
}

/** What the call's form holds: a new phase or a stage's change leaves a draft being typed alone. */
const trackFields = ({ stages: _stages, phase: _phase, ...fields }: Track) => fields;
