import { AspectRatio, Badge, Box, Center, Image, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatClock } from '../../lib/format';
import { DocumentIcon } from '../../shared/DocumentIcon';

interface ClipThumbnailProps {
  src: string | null;
  durationSeconds?: number | null;
  /** For an entry sent as a link: there is no still, the tile says where the clip is. */
  isLink?: boolean;
  /** A written initiative: no still to wait for, a plain page instead of a black screen. */
  isArticle?: boolean;
}

export function ClipThumbnail({
  src,
  durationSeconds = null,
  isLink = false,
  isArticle = false,
}: ClipThumbnailProps) {
  const { t } = useTranslation();
  if (isArticle && !src)
    return (
      <AspectRatio ratio={16 / 9}>
        <Center bg="gray.0" c="gray.6" data-testid="article-tile">
          <Stack gap={4} align="center">
            <DocumentIcon size={44} />
            <Text size="sm" c="dimmed">
              {t('gallery.articleTile')}
            </Text>
          </Stack>
        </Center>
      </AspectRatio>
    );
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
