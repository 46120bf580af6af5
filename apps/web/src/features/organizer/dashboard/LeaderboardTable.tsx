import type { DashboardSnapshot } from '@contest/contracts';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatClock } from '../../../lib/format';

export function LeaderboardTable({ leaders }: { leaders: DashboardSnapshot['leaderboard'] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={280}>
      <Table striped verticalSpacing={6} data-testid="dashboard-leaderboard">
        <Table.Thead>
          <Table.Tr>
            <Table.Th ta="right">{t('ranking.rank')}</Table.Th>
            <Table.Th>{t('ranking.name')}</Table.Th>
            <Table.Th ta="right">{t('ranking.score')}</Table.Th>
            <Table.Th ta="right">{t('ranking.time')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {leaders.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={4}>
                <Text size="sm" c="dimmed">
                  {t('organizer.dashboard.noLeaders')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {leaders.map((leader) => (
            <Table.Tr key={`${leader.rank}-${leader.fullName}`} data-testid="dashboard-leader-row">
              <Table.Td ta="right" fw={600}>
                {leader.rank}
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{leader.fullName}</Text>
                  <Text size="xs" c="dimmed">
                    {leader.unitName}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td ta="right">{leader.score}</Table.Td>
              <Table.Td ta="right">{formatClock(leader.timeTakenMs / 1000)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
