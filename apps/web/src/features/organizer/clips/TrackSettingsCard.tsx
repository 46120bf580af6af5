import type { Track, TrackSettings } from '@contest/contracts';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { callApi } from '../../../api';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { TrackSettingsFields } from './TrackSettingsFields';
import { trackToDraft } from './track-form';
import { useRefreshClips } from './use-clip-tracks';
import { useTrackDraft } from './use-track-draft';

/** The call for entries as entrants read it: rules, window, who sends and what a file may be. */
export function TrackSettingsCard({ track }: { track: Track }) {
  const { t } = useTranslation();
  const refresh = useRefreshClips();
  const save = useMutation({
    mutationFn: (body: TrackSettings) => callApi('updateTrack', { params: { trackId: track.id }, body }),
    onSuccess: (saved) => {
      notifications.show({ color: 'teal', message: t('clipsAdmin.track.saved', { title: saved.title }) });
      void refresh();
    },
  });
  const { draft, update, errorFor, check, hasProblems } = useTrackDraft(
    () => trackToDraft(track),
    save.error,
    save.reset,
    track,
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const settings = check();
    if (settings) save.mutate(settings);
  };

  return (
    <Card withBorder padding="md" data-testid="track-settings">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Stack gap={2}>
            <Title order={3}>{t('clipsAdmin.track.heading')}</Title>
            <Text size="sm" c="dimmed">
              {t('clipsAdmin.track.headingHint')}
            </Text>
          </Stack>
          {track.phase !== 'upcoming' && (
            <Alert variant="light" color="yellow" data-testid="track-running-note">
              {t(`clipsAdmin.track.runningNote.${track.phase}`)}
            </Alert>
          )}
          <TrackSettingsFields draft={draft} update={update} errorFor={errorFor} />
          {hasProblems && (
            <Alert variant="light" color="red" role="alert">
              {t('clipsAdmin.form.fixProblems')}
            </Alert>
          )}
          {save.isError && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="track-save">
              {t('clipsAdmin.track.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
