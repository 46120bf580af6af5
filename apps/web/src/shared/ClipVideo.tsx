import { Box } from '@mantine/core';
import { useState, type ReactNode } from 'react';

import { clipFrameStyle, clipRatio } from './clip-frame';

interface ClipVideoProps {
  src: string;
  poster?: string | null;
  /** The clip's size when the server knows it; otherwise (and to correct it) read from the file. */
  width?: number | null;
  height?: number | null;
  /** The tallest the player may be, a CSS length: it stays within the screen. */
  maxHeight?: string;
  autoPlay?: boolean;
  label?: string;
  testId?: string;
  /** Shown by browsers that cannot play video. */
  children?: ReactNode;
}

/**
 * A clip played at its own shape, portrait or landscape, within the screen: the one player of the
 * entry, judging, screening and gallery pages. The shape the browser reads from the file wins
 * over the stored one (a phone's rotation flag, for instance, turns a landscape size portrait).
 */
export function ClipVideo({
  src,
  poster,
  width,
  height,
  maxHeight = '70dvh',
  autoPlay = false,
  label,
  testId,
  children,
}: ClipVideoProps) {
  const [read, setRead] = useState<{ src: string; ratio: number } | null>(null);
  const ratio = (read?.src === src ? read.ratio : null) ?? clipRatio(width, height);
  return (
    <Box
      mx="auto"
      bg="black"
      style={{
        ...clipFrameStyle(ratio, maxHeight),
        maxWidth: '100%',
        borderRadius: 'var(--mantine-radius-sm)',
        overflow: 'hidden',
      }}
      data-testid={testId ? `${testId}-frame` : undefined}
    >
      <video
        key={src}
        controls
        playsInline
        autoPlay={autoPlay}
        preload="metadata"
        src={src}
        poster={poster ?? undefined}
        aria-label={label}
        onLoadedMetadata={(event) => {
          const shape = clipRatio(event.currentTarget.videoWidth, event.currentTarget.videoHeight);
          if (shape !== null) setRead({ src, ratio: shape });
        }}
        style={{ display: 'block', width: '100%', height: '100%', objectFit: 'contain' }}
        data-testid={testId}
      >
        {children}
      </video>
    </Box>
  );
}
