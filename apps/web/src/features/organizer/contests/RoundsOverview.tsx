import type { RoundAdmin } from '@contest/contracts';
import { Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDateTime } from '../../../lib/format';
import { paths } from '../../../shared/paths';
import { RoundBadges } from '../common/RoundBadges';

/** A contest's rounds at a glance, with the ways into each round's live view and results. */
export function RoundsOverview({ rounds }: { rounds: readonly RoundAdmin[] }) {
  const { t, i18n } = useTranslation();
  if (rounds.length === 0) return <Text c="dimmed">{t('organizer.rounds.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={620}>
      <Table verticalSpacing={6} data-testid="rounds-overview">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('organizer.round.name')}</Table.Th>
            <Table.Th>{t('organizer.round.opensAt')}</Table.Th>
            <Table.Th>{t('organizer.round.closesAt')}</Table.Th>
            <Table.Th>{t('organizer.round.state')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rounds.map((round) => (
            <Table.Tr key={round.id} data-testid="round-row">
              <Table.Td>
                <Text size="sm" fw={500}>
                  {round.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('home.week', { week: round.weekNumber })}
                </Text>
              </Table.Td>
              <Table.Td>{formatDateTime(round.opensAt, i18n.language)}</Table.Td>
              <Table.Td>{formatDateTime(round.closesAt, i18n.language)}</Table.Td>
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
