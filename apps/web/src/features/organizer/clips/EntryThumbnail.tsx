import type { ScreeningEntry } from '@contest/contracts';
import { AspectRatio, Box, Center, Image, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { viewableMedia } from '../../../shared/entry-media';

/** The clip's picture; a button that opens the player when there is a video to play. */
export function EntryThumbnail({
  entry,
  onPlay,
}: {
  entry: Pick<ScreeningEntry, 'title' | 'status' | 'thumbnailUrl' | 'videoUrl' | 'linkUrl'>;
  onPlay: () => void;
}) {
  const { t } = useTranslation();
  const { thumbnailUrl, videoUrl } = viewableMedia(entry);
  const picture = thumbnailUrl ? (
    <Image src={thumbnailUrl} alt="" radius="sm" fit="cover" h="100%" loading="lazy" />
  ) : (
    <Center bg="gray.1" h="100%" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
      <Text size="xs" c="dimmed" ta="center" px="xs" data-testid="entry-no-picture">
        {entry.status === 'withdrawn'
          ? t('clipsAdmin.file.withdrawn')
          : entry.linkUrl
            ? t('clipsAdmin.file.linkOnly')
            : t('clipsAdmin.file.noPicture')}
      </Text>
    </Center>
  );
  return (
    <Box w={{ base: '100%', xs: 176 }} style={{ flexShrink: 0 }}>
      <AspectRatio ratio={16 / 9}>
        {videoUrl ? (
          <UnstyledButton
            onClick={onPlay}
            aria-label={t('clipsAdmin.screening.playTitle', { title: entry.title })}
            style={{ position: 'relative' }}
          >
            {picture}
            <Center pos="absolute" inset={0}>
              <Text c="white" fz={28} lh={1} style={{ textShadow: '0 0 6px rgba(0,0,0,.7)' }} aria-hidden>
                ▶
              </Text>
            </Center>
          </UnstyledButton>
        ) : (
          picture
        )}
      </AspectRatio>
    </Box>
  );
}
