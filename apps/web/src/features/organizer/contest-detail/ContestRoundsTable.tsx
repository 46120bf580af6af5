import type { RoundAdmin } from '@contest/contracts';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useNarrowScreen } from '../../../shared/use-narrow-screen';
import { RoundBadges } from '../common/RoundBadges';
import { RoundCells, RoundHeadCells } from '../common/RoundCells';
import { ContestRoundCards } from './ContestRoundCards';
import { RoundActions } from './RoundActions';
import { RoundPaperSummary } from './RoundPaperSummary';

interface ContestRoundsTableProps {
  rounds: readonly RoundAdmin[];
  onEdit: (round: RoundAdmin) => void;
}

export function ContestRoundsTable({ rounds, onEdit }: ContestRoundsTableProps) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  if (rounds.length === 0) return <Text c="dimmed">{t('organizer.rounds.empty')}</Text>;
  if (narrow) return <ContestRoundCards rounds={rounds} onEdit={onEdit} />;
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
              <Table.Td>
                <RoundPaperSummary round={round} align="right" />
              </Table.Td>
              <Table.Td>
                <RoundBadges round={round} />
              </Table.Td>
              <Table.Td>
                <RoundActions round={round} onEdit={onEdit} wrap={false} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
