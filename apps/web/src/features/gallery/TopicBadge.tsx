import { Badge } from '@mantine/core';

/** A topic as the call names it; a long one wraps instead of being cut. */
export function TopicBadge({ topic, variant = 'light' }: { topic: string; variant?: 'light' | 'outline' }) {
  return (
    <Badge
      variant={variant}
      color="grape"
      h="auto"
      py={2}
      maw="100%"
      styles={{ label: { textTransform: 'none', whiteSpace: 'normal', overflow: 'visible' } }}
    >
      {topic}
    </Badge>
  );
}
