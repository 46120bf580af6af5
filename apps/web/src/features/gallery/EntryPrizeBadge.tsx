import type { Stage } from '@contest/contracts';
import { Badge } from '@mantine/core';

import { prizeColor } from './prize-groups';

/** A prize as the stage named it ("Giải Nhất"): the organizers' own words, never translated. */
export function EntryPrizeBadge({ label, prizes }: { label: string; prizes: Stage['prizes'] }) {
  const color = prizeColor(label, prizes);
  return (
    <Badge
      color={color}
      variant={color === 'blue' ? 'light' : 'filled'}
      style={{ flexShrink: 0, textTransform: 'none' }}
      data-prize={label}
    >
      {label}
    </Badge>
  );
}
