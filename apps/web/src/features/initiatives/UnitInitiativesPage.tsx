import { Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router-dom';

import { ErrorState } from '../../shared/ErrorState';
import { PageLoader } from '../../shared/PageLoader';
import { paths } from '../../shared/paths';
import { useCurrentUser } from '../auth/session';
import { useTracks } from '../gallery/gallery-queries';
import { chosenTrack } from './unit-inbox';
import { UnitInboxView } from './UnitInboxView';

/** A unit admin's initiatives: for each initiative call, what the unit's people sent, to forward or return. */
export function UnitInitiativesPage() {
  const user = useCurrentUser();
  if (user.role !== 'unit_admin') return <Navigate to={paths.home} replace />;
  return <UnitInitiatives unitName={user.unitName} />;
}

function UnitInitiatives({ unitName }: { unitName: string | null }) {
  const { t } = useTranslation();
  const tracks = useTracks();
  const [params, setParams] = useSearchParams();

  if (tracks.isPending) return <PageLoader />;
  if (tracks.isError) return <ErrorState error={tracks.error} onRetry={() => void tracks.refetch()} />;

  const initiativeTracks = tracks.data.items.filter((track) => track.kind === 'initiative');
  const wanted = Number(params.get('track')) || null;
  const trackId = chosenTrack(initiativeTracks, wanted);
  const track = initiativeTracks.find((x) => x.id === trackId);

  return (
    <Stack gap="md" data-testid="unit-initiatives">
      <Stack gap={2}>
        <Title order={2} fz={{ base: 'h3', sm: 'h2' }}>
          {t('initiatives.unit.title')}
        </Title>
        {unitName && <Text fw={500}>{unitName}</Text>}
        <Text size="sm" c="dimmed">
          {t('initiatives.unit.intro')}
        </Text>
      </Stack>
      {initiativeTracks.length === 0 && (
        <Text c="dimmed" data-testid="unit-initiatives-none">
          {t('initiatives.unit.noTracks')}
        </Text>
      )}
      {initiativeTracks.length > 1 && (
        <Select
          label={t('initiatives.unit.track')}
          data={initiativeTracks.map((x) => ({ value: String(x.id), label: x.title }))}
          value={trackId === null ? null : String(trackId)}
          onChange={(value) => value && setParams({ track: value })}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          data-testid="unit-track-select"
        />
      )}
      {track && (
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            {track.contestName}
          </Text>
          <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }} data-testid="unit-track-title">
            {track.title}
          </Title>
        </Stack>
      )}
      {trackId !== null && <UnitInboxView key={trackId} trackId={trackId} />}
    </Stack>
  );
}
