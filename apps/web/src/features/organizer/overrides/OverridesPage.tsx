import { Card, Grid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { callApi, queryKeys } from '../../../api';
import { formatDateTime } from '../../../lib/format';
import { ErrorState } from '../../../shared/ErrorState';
import { NotFoundPage } from '../../../shared/NotFoundPage';
import { PageLoader } from '../../../shared/PageLoader';
import { useIdParam } from '../../../shared/use-id-param';
import { RoundPageHeader } from '../common/RoundPageHeader';
import { OverrideForm } from './OverrideForm';

export function OverridesPage() {
  const roundId = useIdParam('roundId');
  return roundId === null ? <NotFoundPage /> : <RoundOverrides roundId={roundId} />;
}

function RoundOverrides({ roundId }: { roundId: number }) {
  const { t, i18n } = useTranslation();
  const overrides = useQuery({
    queryKey: queryKeys.overrides(roundId),
    queryFn: () => callApi('listOverrides', { params: { roundId } }),
  });

  return (
    <Stack gap="md">
      <RoundPageHeader roundId={roundId} title={t('organizer.overrides.title')} />
      <Text size="sm" c="dimmed">
        {t('organizer.overrides.hint')}
      </Text>
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Card withBorder padding="md">
            <OverrideForm roundId={roundId} />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          {overrides.isPending ? (
            <PageLoader />
          ) : overrides.isError ? (
            <ErrorState error={overrides.error} onRetry={() => void overrides.refetch()} />
          ) : overrides.data.items.length === 0 ? (
            <Text c="dimmed">{t('organizer.overrides.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table striped verticalSpacing="sm" data-testid="overrides-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('organizer.overrides.participant')}</Table.Th>
                    <Table.Th ta="right">{t('organizer.overrides.extraMinutes')}</Table.Th>
                    <Table.Th ta="right">{t('organizer.overrides.extraAttempts')}</Table.Th>
                    <Table.Th>{t('organizer.overrides.reason')}</Table.Th>
                    <Table.Th>{t('organizer.overrides.grantedBy')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {overrides.data.items.map((override) => (
                    <Table.Tr key={override.id} data-testid="override-row">
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {override.userFullName}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {override.userLogin}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">{Math.round((override.extraSeconds / 60) * 10) / 10}</Table.Td>
                      <Table.Td ta="right">{override.extraAttempts}</Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{override.reason}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{override.grantedBy}</Text>
                        <Text size="xs" c="dimmed">
                          {formatDateTime(override.grantedAt, i18n.language)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
