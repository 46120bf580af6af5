import type { RoundAdmin } from '@contest/contracts';
import { Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { paths } from '../../../shared/paths';
import { RoundBadges } from '../common/RoundBadges';
import { RoundCells, RoundHeadCells } from '../common/RoundCells';

/** A contest's rounds at a glance, with the ways into each round's live view and results. */
export function RoundsOverview({ rounds }: { rounds: readonly RoundAdmin[] }) {
  const { t } = useTranslation();
  if (rounds.length === 0) return <Text c="dimmed">{t('organizer.rounds.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={620}>
      <Table verticalSpacing={6} data-testid="rounds-overview">
        <Table.Thead>
          <Table.Tr>
            <RoundHeadCells />
            <Table.Th>{t('organizer.round.state')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rounds.map((round) => (
            <Table.Tr key={round.id} data-testid="round-row">
              <RoundCells round={round} />
              <Table.Td>
                <RoundBadges round={round} />
              </Table.Td>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <Anchor component={Link} to={paths.roundDashboard(round.id)} size="sm">
                    {t('organizer.rounds.dashboard')}
                  </Anchor>
                  <Anchor component={Link} to={paths.roundResults(round.id)} size="sm">
                    {t('organizer.rounds.results')}
                  </Anchor>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
