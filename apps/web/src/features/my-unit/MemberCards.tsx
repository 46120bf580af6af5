import { Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Member } from './MembersTable';

interface MemberCardsProps {
  members: readonly Member[];
  withResults: boolean;
  testId: string;
}

/** Members on a phone: one card each, name and unit first, results on one line below. */
export function MemberCards({ members, withResults, testId }: MemberCardsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid={testId}>
      {members.map((member) => (
        <Card key={member.userId} withBorder padding="xs" data-testid="member-row">
          <Text size="sm" fw={500}>
            {member.fullName}
          </Text>
          <Text size="xs" c="dimmed">
            {member.unitName}
          </Text>
          {withResults && (
            <Group gap="md" mt={4}>
              <Text size="xs">
                {t('myUnit.columns.attempts')}: <b>{member.attempts}</b>
              </Text>
              <Text size="xs">
                {t('myUnit.columns.bestScore')}: <b>{member.bestScore ?? '—'}</b>
              </Text>
            </Group>
          )}
        </Card>
      ))}
    </Stack>
  );
}
