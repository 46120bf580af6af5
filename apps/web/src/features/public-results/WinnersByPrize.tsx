import type { PublicResults } from '@contest/contracts';
import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PrizeBadge } from '../../shared/PrizeBadge';
import { groupWinnersByPrize } from '../../shared/prize';
import { RankingTable } from '../../shared/RankingTable';

export function WinnersByPrize({ winners }: { winners: PublicResults['winners'] }) {
  const { t } = useTranslation();
  const groups = groupWinnersByPrize(winners);
  return (
    <Stack gap="sm" data-testid="public-winners">
      <Title order={3} size="h4">
        {t('publicResults.winners')}
      </Title>
      {groups.length === 0 && <Text c="dimmed">{t('publicResults.noWinners')}</Text>}
      {groups.map((group) => (
        <Card key={group.tier} withBorder padding="sm" data-testid={`public-prize-${group.tier}`}>
          <Group gap="xs" mb="xs">
            <PrizeBadge prize={group.tier} />
            <Text size="sm" c="dimmed">
              {t('publicResults.winnerCount', { count: group.winners.length })}
            </Text>
          </Group>
          <RankingTable entries={group.winners} withPrize={false} rowTestId="public-winner-row" />
        </Card>
      ))}
    </Stack>
  );
}
