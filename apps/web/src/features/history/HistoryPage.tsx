import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { callApi, queryKeys } from '../../api';
import { formatClock, formatDateTime } from '../../lib/format';
import { AttemptStatusBadge } from '../../shared/AttemptStatusBadge';
import { ErrorState } from '../../shared/ErrorState';
import { PageLoader } from '../../shared/PageLoader';
import { paths } from '../../shared/paths';

export function HistoryPage() {
  const { t, i18n } = useTranslation();
  const attempts = useQuery({ queryKey: queryKeys.myAttempts, queryFn: () => callApi('myAttempts') });

  if (attempts.isPending) return <PageLoader />;
  if (attempts.isError) return <ErrorState error={attempts.error} onRetry={() => void attempts.refetch()} />;

  const { items } = attempts.data;
  return (
    <Stack gap="md">
      <Title order={2}>{t('history.title')}</Title>
      {items.length === 0 ? (
        <Text c="dimmed">{t('history.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={340}>
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
                <Table.Tr key={attempt.id}>
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
                  <Table.Td>
                    <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                      {attempt.score === null
                        ? '—'
                        : t('result.scoreValue', { score: attempt.score, total: attempt.questionCount })}
                    </Text>
                    {attempt.timeTakenMs !== null && (
                      <Text size="xs" c="dimmed" title={t('history.columns.time')}>
                        {formatClock(attempt.timeTakenMs / 1000)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {attempt.status === 'in_progress' ? (
                      <Anchor component={Link} to={paths.attempt(attempt.id)} size="sm">
                        {t('history.resume')}
                      </Anchor>
                    ) : (
                      <Anchor component={Link} to={paths.result(attempt.id)} size="sm">
                        {t('history.view')}
                      </Anchor>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
