import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { vnLocalToIso } from '../../../lib/contest-time';
import { formatDateTime } from '../../../lib/format';
import { plannedRounds } from './wizard-form';

interface PlannedRoundsTableProps {
  firstOpensAt: string;
  openHours: number | '';
  weeks: number | '';
}

/** The weekly rounds the schedule will create, so the organizer sees the dates before creating. */
export function PlannedRoundsTable({ firstOpensAt, openHours, weeks }: PlannedRoundsTableProps) {
  const { t, i18n } = useTranslation();
  const rounds = plannedRounds(
    vnLocalToIso(firstOpensAt) ?? '',
    openHours === '' ? Number.NaN : openHours,
    weeks === '' ? Number.NaN : weeks,
  );
  if (rounds.length === 0) return null;
  return (
    <Table.ScrollContainer minWidth={360}>
      <Text size="sm" fw={500} mb={4}>
        {t('organizer.wizard.plannedRounds')}
      </Text>
      <Table striped withTableBorder verticalSpacing={4} data-testid="wizard-planned-rounds">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('organizer.round.week')}</Table.Th>
            <Table.Th>{t('organizer.round.opensAt')}</Table.Th>
            <Table.Th>{t('organizer.round.closesAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rounds.map((round) => (
            <Table.Tr key={round.week}>
              <Table.Td>{t('home.week', { count: round.week })}</Table.Td>
              <Table.Td>{formatDateTime(round.opensAt, i18n.language)}</Table.Td>
              <Table.Td>{formatDateTime(round.closesAt, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
