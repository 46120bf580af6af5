import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatClock, formatDateTime } from '../../lib/format';
import { AttemptStatusBadge } from '../../shared/AttemptStatusBadge';
import { AttemptLink } from './AttemptLink';
import { AttemptScoreText } from './AttemptScoreText';
import type { MyAttempt } from './use-my-attempts';

export function HistoryTable({ items }: { items: readonly MyAttempt[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table striped highlightOnHover verticalSpacing="sm" data-testid="history-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('history.columns.round')}</Table.Th>
          <Table.Th>{t('history.columns.submittedAt')}</Table.Th>
          <Table.Th>{t('history.columns.score')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((attempt) => (
          <Table.Tr key={attempt.id} data-testid="history-row">
            <Table.Td>
              <Stack gap={4} align="flex-start">
                <Text size="sm" fw={500}>
                  {attempt.roundName}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('history.week', { week: attempt.weekNumber, contest: attempt.contestName })}
                </Text>
                <AttemptStatusBadge status={attempt.status} />
              </Stack>
            </Table.Td>
            <Table.Td>
              {attempt.submittedAt ? formatDateTime(attempt.submittedAt, i18n.language) : '—'}
            </Table.Td>
            <Table.Td maw={220}>
              <AttemptScoreText attempt={attempt} />
              {attempt.timeTakenMs !== null && (
                <Text size="xs" c="dimmed" title={t('history.columns.time')}>
                  {formatClock(attempt.timeTakenMs / 1000)}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <AttemptLink attempt={attempt} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
