import type { RoundAdmin } from '@contest/contracts';
import { Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { paths } from '../../../shared/paths';
import { RoundBadges } from '../common/RoundBadges';
import { RoundCells, RoundHeadCells } from '../common/RoundCells';

/** A round's own pages, each with a button in the round's row. */
const ROUND_PAGES = [
  { page: 'dashboard', path: paths.roundDashboard },
  { page: 'overrides', path: paths.roundOverrides },
  { page: 'results', path: paths.roundResults },
] as const;

interface ContestRoundsTableProps {
  rounds: readonly RoundAdmin[];
  onEdit: (round: RoundAdmin) => void;
}

export function ContestRoundsTable({ rounds, onEdit }: ContestRoundsTableProps) {
  const { t } = useTranslation();
  if (rounds.length === 0) return <Text c="dimmed">{t('organizer.rounds.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped verticalSpacing="sm" data-testid="contest-rounds">
        <Table.Thead>
          <Table.Tr>
            <RoundHeadCells />
            <Table.Th ta="right">{t('organizer.round.paper')}</Table.Th>
            <Table.Th>{t('organizer.round.state')}</Table.Th>
            <Table.Th>{t('organizer.round.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rounds.map((round) => (
            <Table.Tr key={round.id} data-testid="round-row" data-round-id={round.id}>
              <RoundCells round={round} />
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
                  {ROUND_PAGES.map(({ page, path }) => (
                    <Button
                      key={page}
                      size="compact-sm"
                      variant="light"
                      component={Link}
                      to={path(round.id)}
                      data-testid={`round-${page}`}
                    >
                      {t(`organizer.rounds.${page}`)}
                    </Button>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
