import type { Entry } from '@contest/contracts';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ClipPlayer } from './ClipPlayer';
import { isProcessing } from './entry-state';
import { ProcessingNotice } from './ProcessingNotice';

/** The entry's video as it stands: the processed clip, the link, the worker at work, or nothing yet. */
export function EntryMedia({ entry, editable }: { entry: Entry; editable: boolean }) {
  const { t } = useTranslation();
  const processing = isProcessing(entry);
  return (
    <Stack gap="xs">
      {entry.linkUrl && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          <Text span c="dimmed">
            {t('entries.media.link')}{' '}
          </Text>
          <Anchor href={entry.linkUrl} target="_blank" rel="noopener noreferrer" data-testid="entry-link">
            {entry.linkUrl}
          </Anchor>
        </Text>
      )}
      {!entry.linkUrl && entry.file && entry.videoUrl && (
        <ClipPlayer file={entry.file} videoUrl={entry.videoUrl} thumbnailUrl={entry.thumbnailUrl} />
      )}
      {processing && (
        <ProcessingNotice
          fileName={entry.pendingFile?.originalName ?? null}
          replacing={entry.file !== null}
        />
      )}
      {!entry.linkUrl && !entry.file && !processing && entry.status !== 'withdrawn' && (
        <Text
          size="sm"
          c={editable ? undefined : 'dimmed'}
          fw={editable ? 500 : undefined}
          data-testid="entry-no-video"
        >
          {t(editable ? 'entries.media.noVideoYet' : 'entries.media.noVideoClosed')}
        </Text>
      )}
    </Stack>
  );
}
