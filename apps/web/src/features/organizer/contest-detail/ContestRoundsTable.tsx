import type { RoundAdmin } from '@contest/contracts';
import { Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDateTime } from '../../../lib/format';
import { paths } from '../../../shared/paths';
import { RoundBadges } from '../common/RoundBadges';

interface ContestRoundsTableProps {
  rounds: readonly RoundAdmin[];
  onEdit: (round: RoundAdmin) => void;
}

export function ContestRoundsTable({ rounds, onEdit }: ContestRoundsTableProps) {
  const { t, i18n } = useTranslation();
  if (rounds.length === 0) return <Text c="dimmed">{t('organizer.rounds.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped verticalSpacing="sm" data-testid="contest-rounds">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('organizer.round.name')}</Table.Th>
            <Table.Th>{t('organizer.round.opensAt')}</Table.Th>
            <Table.Th>{t('organizer.round.closesAt')}</Table.Th>
            <Table.Th ta="right">{t('organizer.round.paper')}</Table.Th>
            <Table.Th>{t('organizer.round.state')}</Table.Th>
            <Table.Th>{t('organizer.round.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rounds.map((round) => (
            <Table.Tr key={round.id} data-testid="round-row" data-round-id={round.id}>
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
              <Table.Td ta="right">
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {t('organizer.round.paperValue', {
                    questions: round.questionCount,
                    minutes: Math.round(round.timeLimitSeconds / 60),
                  })}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('organizer.round.attemptsValue', { count: round.attemptsAllowed })}
                </Text>
              </Table.Td>
              <Table.Td>
                <RoundBadges round={round} />
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Tooltip
                    label={t('organizer.roundEdit.locked')}
                    disabled={round.status === 'upcoming'}
                    multiline
                    w={260}
                  >
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => onEdit(round)}
                      data-testid="round-edit"
                    >
                      {t('common.edit')}
                    </Button>
                  </Tooltip>
                  <Button
                    size="compact-sm"
                    variant="light"
                    component={Link}
                    to={paths.roundDashboard(round.id)}
                    data-testid="round-dashboard"
                  >
                    {t('organizer.rounds.dashboard')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="light"
                    component={Link}
                    to={paths.roundOverrides(round.id)}
                    data-testid="round-overrides"
                  >
                    {t('organizer.rounds.overrides')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="light"
                    component={Link}
                    to={paths.roundResults(round.id)}
                    data-testid="round-results"
                  >
                    {t('organizer.rounds.results')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
