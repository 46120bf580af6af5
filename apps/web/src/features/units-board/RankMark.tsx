import { ThemeIcon } from '@mantine/core';

const MEDAL_COLORS: Readonly<Record<number, string>> = { 1: 'yellow', 2: 'gray', 3: 'orange' };

/** A unit's rank, the first three in medal colours. */
export function RankMark({
  rank,
  size = 32,
  fz,
}: {
  rank: number | null;
  size?: number | string;
  fz?: string;
}) {
  const medal = rank === null ? undefined : MEDAL_COLORS[rank];
  return (
    <ThemeIcon
      size={size}
      radius={1000}
      color={medal ?? 'blue'}
      variant={medal ? 'filled' : 'light'}
      fz={fz ?? 'sm'}
      fw={700}
      style={{ flexShrink: 0 }}
    >
      {rank ?? '—'}
    </ThemeIcon>
  );
}
