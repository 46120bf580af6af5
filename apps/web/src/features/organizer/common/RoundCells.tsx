import type { RoundAdmin } from '@contest/contracts';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../../lib/format';

/** Heads of the columns `RoundCells` fills. */
export function RoundHeadCells() {
  const { t } = useTranslation();
  return (
    <>
      <Table.Th>{t('organizer.round.name')}</Table.Th>
      <Table.Th>{t('organizer.round.opensAt')}</Table.Th>
      <Table.Th>{t('organizer.round.closesAt')}</Table.Th>
    </>
  );
}

/** A round's name and week, then when it opens and closes: the first cells of a row of rounds. */
export function RoundCells({ round }: { round: RoundAdmin }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Table.Td>
        <Text size="sm" fw={500}>
          {round.name}
        </Text>
        <Text size="xs" c="dimmed">
          {t('home.week', { count: round.weekNumber })}
        </Text>
      </Table.Td>
      <Table.Td>{formatDateTime(round.opensAt, i18n.language)}</Table.Td>
      <Table.Td>{formatDateTime(round.closesAt, i18n.language)}</Table.Td>
    </>
  );
}
