import type { Contest } from '@contest/contracts';
import { Badge, Group } from '@mantine/core';

/** A contest's year and topics. */
export function ContestBadges({ contest }: { contest: Pick<Contest, 'year' | 'topics'> }) {
  return (
    <Group gap={4}>
      <Badge variant="outline" color="gray">
        {contest.year}
      </Badge>
      {contest.topics.map((topic) => (
        <Badge key={topic} variant="light">
          {topic}
        </Badge>
      ))}
    </Group>
  );
}
