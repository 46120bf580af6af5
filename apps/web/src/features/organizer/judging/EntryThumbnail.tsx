import { Box, Image } from '@mantine/core';

/** A 16:9 thumbnail; link entries have none, so a plain box keeps the column's width. */
export function EntryThumbnail({ url, width = 72 }: { url: string | null; width?: number }) {
  const height = Math.round((width * 9) / 16);
  if (!url)
    return (
      <Box
        w={width}
        h={height}
        bg="gray.1"
        style={{ borderRadius: 'var(--mantine-radius-sm)', flexShrink: 0 }}
        aria-hidden
      />
    );
  return <Image src={url} w={width} h={height} radius="sm" fit="cover" alt="" style={{ flexShrink: 0 }} />;
}
