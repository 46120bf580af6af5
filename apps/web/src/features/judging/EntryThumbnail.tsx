import { AspectRatio, Center, Image, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A clip's still, or a plain tile saying the clip lives on another site (or was withdrawn, or is a text). */
export function EntryThumbnail({
  src,
  width,
  withdrawn = false,
  text,
}: {
  src: string | null;
  width: number;
  withdrawn?: boolean;
  /** What the tile says when there is no still (an initiative's form). */
  text?: string;
}) {
  const { t } = useTranslation();
  return (
    <AspectRatio ratio={16 / 9} w={width} style={{ flexShrink: 0 }}>
      {src ? (
        <Image src={src} alt="" radius="sm" fit="cover" />
      ) : (
        <Center bg="gray.1" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
          <Text c="dimmed" ta="center" px={2} lh={1.2} fz={width < 90 ? 10 : 'xs'}>
            {withdrawn ? t('judging.withdrawnEntry') : (text ?? t('judging.linkEntry'))}
          </Text>
        </Center>
      )}
    </AspectRatio>
  );
}
