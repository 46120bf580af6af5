import { AspectRatio, Badge, Box, Center, Image, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatClock } from '../../lib/format';

interface ClipThumbnailProps {
  src: string | null;
  durationSeconds?: number | null;
  /** For an entry sent as a link: there is no still, the tile says where the clip is. */
  isLink?: boolean;
}

export function ClipThumbnail({ src, durationSeconds = null, isLink = false }: ClipThumbnailProps) {
  const { t } = useTranslation();
  return (
    <AspectRatio ratio={16 / 9}>
      <Box pos="relative" bg="dark.6">
        {src ? (
          <Image src={src} alt="" fit="cover" h="100%" w="100%" loading="lazy" />
        ) : (
          <Center h="100%" px="sm">
            <Text size="sm" c="gray.3" ta="center">
              {isLink ? `${t('gallery.linkTile')} ↗` : t('gallery.noThumbnail')}
            </Text>
          </Center>
        )}
        {durationSeconds !== null && (
          <Badge
            pos="absolute"
            bottom={6}
            right={6}
            color="dark"
            variant="filled"
            radius="sm"
            style={{ opacity: 0.85 }}
            aria-label={t('gallery.duration', { time: formatClock(durationSeconds) })}
          >
            {formatClock(durationSeconds)}
          </Badge>
        )}
      </Box>
    </AspectRatio>
  );
}
