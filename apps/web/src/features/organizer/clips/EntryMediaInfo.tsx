import type { ScreeningEntry } from '@contest/contracts';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatFileSize } from '../../../lib/format';
import { formatDurationClock } from './clip-format';

/** What was sent: the file's length, size and picture, or the link; and an upload still in the works. */
export function EntryMediaInfo({
  entry,
}: {
  entry: Pick<ScreeningEntry, 'file' | 'pendingFile' | 'linkUrl'>;
}) {
  const { t, i18n } = useTranslation();
  const { file, pendingFile } = entry;
  return (
    <Stack gap={2}>
      {file && (
        <Text size="sm" data-testid="entry-file">
          {[
            file.durationSeconds !== null &&
              t('clipsAdmin.file.duration', { clock: formatDurationClock(file.durationSeconds) }),
            formatFileSize(file.bytes, i18n.language),
            file.width !== null && file.height !== null && `${file.width}×${file.height}`,
          ]
            .filter(Boolean)
            .join(' · ')}
          <Text span size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {' '}
            ({file.originalName})
          </Text>
        </Text>
      )}
      {entry.linkUrl && (
        <Text size="sm" data-testid="entry-link">
          {t('clipsAdmin.file.link')}{' '}
          <Anchor
            href={entry.linkUrl}
            target="_blank"
            rel="noopener noreferrer"
            style={{ overflowWrap: 'anywhere' }}
          >
            {entry.linkUrl}
          </Anchor>
        </Text>
      )}
      {!file && !entry.linkUrl && (
        <Text size="sm" c="dimmed">
          {t('clipsAdmin.file.none')}
        </Text>
      )}
      {pendingFile && (
        <Text
          size="xs"
          c={pendingFile.status === 'failed' ? 'red' : 'dimmed'}
          data-testid="entry-pending-file"
        >
          {pendingFile.status === 'failed'
            ? t('clipsAdmin.file.failed', {
                name: pendingFile.originalName,
                reason: t(`clipsAdmin.file.rejection.${pendingFile.rejection ?? 'unreadable'}`),
              })
            : t('clipsAdmin.file.processing', { name: pendingFile.originalName })}
        </Text>
      )}
    </Stack>
  );
}
