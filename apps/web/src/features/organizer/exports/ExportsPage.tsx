import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { callApi, queryKeys } from '../../../api';
import { formatDateTime } from '../../../lib/format';
import { ErrorState } from '../../../shared/ErrorState';
import { PageLoader } from '../../../shared/PageLoader';
import { EXPORT_POLL_MS, isExportFinished } from './export-progress';
import { ExportStatus } from './ExportStatus';

const STATUS_COLOR = { queued: 'gray', running: 'blue', done: 'teal', failed: 'red' } as const;

export function ExportsPage() {
  const { t, i18n } = useTranslation();
  const exports = useQuery({
    queryKey: queryKeys.exports,
    queryFn: () => callApi('listExports'),
    refetchInterval: (query) =>
      query.state.data?.items.some((job) => !isExportFinished(job.status)) ? EXPORT_POLL_MS : false,
  });

  return (
    <Stack gap="md">
      <Title order={2}>{t('organizer.exports.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('organizer.exports.hint')}
      </Text>
      {exports.isPending ? (
        <PageLoader />
      ) : exports.isError ? (
        <ErrorState error={exports.error} onRetry={() => void exports.refetch()} />
      ) : exports.data.items.length === 0 ? (
        <Text c="dimmed">{t('organizer.exports.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="sm" data-testid="exports-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('organizer.exports.kindColumn')}</Table.Th>
                <Table.Th>{t('organizer.exports.createdAt')}</Table.Th>
                <Table.Th>{t('organizer.exports.statusColumn')}</Table.Th>
                <Table.Th w="40%">{t('organizer.exports.fileColumn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {exports.data.items.map((job) => (
                <Table.Tr key={job.id} data-testid="export-row">
                  <Table.Td>{t(`organizer.exports.kind.${job.kind}`)}</Table.Td>
                  <Table.Td>{formatDateTime(job.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[job.status]} variant="light">
                      {t(`organizer.exports.status.${job.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <ExportStatus job={job} />
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
