import type { EntryFile } from '@contest/contracts';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatClock, formatDecimal } from '../../lib/format';
import { megabytes } from './upload-stats';

interface ClipPlayerProps {
  file: EntryFile;
  videoUrl: string;
  thumbnailUrl: string | null;
}

/** The processed clip as judges will see it; only its header loads until the unit presses play. */
export function ClipPlayer({ file, videoUrl, thumbnailUrl }: ClipPlayerProps) {
  const { t, i18n } = useTranslation();
  const ratio = file.width && file.height ? `${file.width} / ${file.height}` : '16 / 9';
  const facts = [
    file.durationSeconds !== null && t('entries.media.duration', { time: formatClock(file.durationSeconds) }),
    file.width && file.height && t('entries.media.resolution', { width: file.width, height: file.height }),
    t('entries.media.size', { mb: formatDecimal(megabytes(file.bytes), i18n.language, 1) }),
  ].filter(Boolean);
  return (
    <Stack gap={4}>
      <video
        controls
        preload="metadata"
        playsInline
        src={videoUrl}
        poster={thumbnailUrl ?? undefined}
        style={{
          display: 'block',
          width: '100%',
          maxWidth: 720,
          maxHeight: '70vh',
          aspectRatio: ratio,
          background: '#000',
          borderRadius: 'var(--mantine-radius-sm)',
        }}
        aria-label={t('entries.media.playerLabel', { name: file.originalName })}
        data-testid="entry-video"
      />
      <Text size="sm" c="dimmed" data-testid="entry-video-facts">
        {facts.join(' · ')}
      </Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('entries.media.fileName', { name: file.originalName })}
      </Text>
    </Stack>
  );
}
