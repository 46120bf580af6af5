import type { ScreeningEntry } from '@contest/contracts';
import { Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ClipVideo } from '../../../shared/ClipVideo';
import { viewableMedia } from '../../../shared/entry-media';

import { EntryFlags } from './EntryFlags';
import { EntryMediaInfo } from './EntryMediaInfo';

/** The web copy of the clip, streamed with HTTP Range: only its first frames load until play. */
export function VideoModal({ entry, onClose }: { entry: ScreeningEntry | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { videoUrl, thumbnailUrl } = entry ? viewableMedia(entry) : { videoUrl: null, thumbnailUrl: null };
  return (
    <Modal
      opened={entry !== null && videoUrl !== null}
      onClose={onClose}
      size="xl"
      title={entry ? t('clipsAdmin.screening.playerTitle', { id: entry.id, title: entry.title }) : ''}
    >
      {entry && videoUrl && (
        <Stack gap="xs">
          <ClipVideo
            src={videoUrl}
            poster={thumbnailUrl}
            width={entry.file?.width}
            height={entry.file?.height}
            label={entry.title}
            testId="entry-video"
          />
          <Text size="sm">{entry.unitName}</Text>
          <EntryFlags entry={entry} />
          <EntryMediaInfo entry={entry} />
        </Stack>
      )}
    </Modal>
  );
}
