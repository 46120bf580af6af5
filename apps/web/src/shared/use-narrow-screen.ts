import { useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/**
 * True below the `sm` breakpoint, where the menu collapses and wide tables turn into cards.
 * Read on the first render, so a phone never paints the desktop layout first.
 */
export function useNarrowScreen(): boolean {
  const { breakpoints } = useMantineTheme();
  return useMediaQuery(`(max-width: calc(${breakpoints.sm} - 0.1px))`, undefined, {
    getInitialValueInEffect: false,
  });
}
