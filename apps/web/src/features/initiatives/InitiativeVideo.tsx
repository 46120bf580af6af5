import type { Entry, Track } from '@contest/contracts';
import { Stack, Text } from '@mantine/core';
import { useEffect, useEffectEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { EntryMedia } from '../entries/EntryMedia';
import { useProcessingPoll, useRefreshMyEntries } from '../entries/entry-queries';
import { holdsUpload } from '../entries/entry-upload-session';
import { EntryUploader } from '../entries/EntryUploader';
import { useEntryUpload } from '../entries/use-entry-upload';

interface InitiativeVideoProps {
  track: Track;
  entry: Entry;
  /** Whether a file is on its way (the editor holds Send meanwhile). */
  onUploading(uploading: boolean): void;
}

/**
 * A video initiative's film, sent as the clip track sends its files (tus, resumable, checked, then
 * processed by the worker), and shown once processed.
 */
export function InitiativeVideo({ track, entry, onUploading }: InitiativeVideoProps) {
  const { t } = useTranslation();
  useProcessingPoll(track.id, entry);
  const refresh = useRefreshMyEntries(track.id);
  const filesMark = `${entry.file?.id}:${entry.pendingFile?.id}:${entry.pendingFile?.status}`;
  const upload = useEntryUpload(entry.id, track, filesMark, () => void refresh());
  const uploading = holdsUpload(upload.view.phase);
  const report = useEffectEvent(onUploading);
  useEffect(() => {
    report(uploading);
    return () => report(false);
  }, [uploading]);

  return (
    <Stack gap="xs" data-testid="initiative-video">
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {t('initiatives.video.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('initiatives.video.hint')}
        </Text>
      </Stack>
      <EntryMedia entry={entry} editable />
      <EntryUploader
        track={track}
        entry={entry}
        upload={upload}
        initialFile={null}
        onInitialFileTaken={() => undefined}
      />
    </Stack>
  );
}
