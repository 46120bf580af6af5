import type { EntryFile } from '@contest/contracts';
import { Box, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatClock, formatFileSize } from '../../lib/format';
import { ClipVideo } from '../../shared/ClipVideo';

interface ClipPlayerProps {
  file: EntryFile;
  videoUrl: string;
  thumbnailUrl: string | null;
}

/** The processed clip as judges will see it; only its header loads until the unit presses play. */
export function ClipPlayer({ file, videoUrl, thumbnailUrl }: ClipPlayerProps) {
  const { t, i18n } = useTranslation();
  const facts = [
    file.durationSeconds !== null && t('entries.media.duration', { time: formatClock(file.durationSeconds) }),
    file.width && file.height && t('entries.media.resolution', { width: file.width, height: file.height }),
    t('entries.media.size', { size: formatFileSize(file.bytes, i18n.language) }),
  ].filter(Boolean);
  return (
    <Stack gap={4}>
      <Box maw={720}>
        <ClipVideo
          src={videoUrl}
          poster={thumbnailUrl}
          width={file.width}
          height={file.height}
          label={t('entries.media.playerLabel', { name: file.originalName })}
          testId="entry-video"
        />
      </Box>
      <Text size="sm" c="dimmed" data-testid="entry-video-facts">
        {facts.join(' · ')}
      </Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('entries.media.fileName', { name: file.originalName })}
      </Text>
    </Stack>
  );
}
