import type { DashboardSnapshot } from '@contest/contracts';
import { Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatNumber, formatPercent } from '../../../lib/format';
import { unitRate } from './dashboard-figures';

export function TopUnitsTable({ units }: { units: DashboardSnapshot['topUnits'] }) {
  const { t, i18n } = useTranslation();
  if (units.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('organizer.dashboard.noUnits')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={280}>
      <Table verticalSpacing={6} data-testid="dashboard-top-units">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('organizer.dashboard.unit')}</Table.Th>
            <Table.Th ta="right">{t('organizer.dashboard.unitParticipants')}</Table.Th>
            <Table.Th w="30%">{t('myUnit.rate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((unit) => {
            const rate = unitRate(unit);
            return (
              <Table.Tr key={unit.unitId}>
                <Table.Td>{unit.name}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatNumber(unit.participants, i18n.language)} /{' '}
                  {formatNumber(unit.headcount, i18n.language)}
                </Table.Td>
                <Table.Td>
                  {rate === null ? (
                    '—'
                  ) : (
                    <Stack gap={2}>
                      <Text size="xs">{formatPercent(rate, i18n.language)}</Text>
                      <Progress value={Math.min(100, rate * 100)} size="sm" />
                    </Stack>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
