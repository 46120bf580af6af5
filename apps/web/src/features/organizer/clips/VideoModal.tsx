import type { ScreeningEntry } from '@contest/contracts';
import { Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { EntryFlags } from './EntryFlags';
import { EntryMediaInfo } from './EntryMediaInfo';

/** The web copy of the clip, streamed with HTTP Range: only its first frames load until play. */
export function VideoModal({ entry, onClose }: { entry: ScreeningEntry | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={entry !== null}
      onClose={onClose}
      size="xl"
      title={entry ? t('clipsAdmin.screening.playerTitle', { id: entry.id, title: entry.title }) : ''}
    >
      {entry?.videoUrl && (
        <Stack gap="xs">
          <video
            key={entry.videoUrl}
            controls
            preload="metadata"
            src={entry.videoUrl}
            poster={entry.thumbnailUrl ?? undefined}
            style={{ width: '100%', maxHeight: '70vh', background: '#000', borderRadius: 4 }}
            data-testid="entry-video"
          />
          <Text size="sm">{entry.unitName}</Text>
          <EntryFlags entry={entry} />
          <EntryMediaInfo entry={entry} />
        </Stack>
      )}
    </Modal>
  );
}
