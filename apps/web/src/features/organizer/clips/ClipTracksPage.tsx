import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '../../../shared/ErrorState';
import { PageLoader } from '../../../shared/PageLoader';
import { useContests } from '../common/use-organizer-data';
import { NewTrackCard } from './NewTrackCard';
import { TrackCard } from './TrackCard';
import { useTracks } from './use-clip-tracks';

/** Every call for entries with its state, counts and the ways to screen, set up, judge and publish it. */
export function ClipTracksPage() {
  const { t } = useTranslation();
  const tracks = useTracks();
  const contests = useContests();
  const [creating, setCreating] = useState(false);
  const contestItems = contests.data?.items ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          {/* Clip and initiative calls share this list, its screening and its judging. */}
          <Title order={2}>{t('initiativeAdmin.list.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('initiativeAdmin.list.subtitle')}
          </Text>
        </Stack>
        {!creating && (
          <Button
            onClick={() => setCreating(true)}
            disabled={contestItems.length === 0}
            data-testid="new-track-open"
          >
            {t('clipsAdmin.create.open')}
          </Button>
        )}
      </Group>
      {creating && contestItems.length > 0 && (
        <NewTrackCard contests={contestItems} onClose={() => setCreating(false)} />
      )}
      {contests.isError && <ErrorState error={contests.error} onRetry={() => void contests.refetch()} />}
      {tracks.isPending ? (
        <PageLoader />
      ) : tracks.isError ? (
        <ErrorState error={tracks.error} onRetry={() => void tracks.refetch()} />
      ) : tracks.data.items.length === 0 ? (
        <Text c="dimmed">{t('clipsAdmin.list.empty')}</Text>
      ) : (
        tracks.data.items.map((track) => <TrackCard key={track.id} track={track} />)
      )}
    </Stack>
  );
}
