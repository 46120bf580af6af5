import type { UnitAward } from '@contest/contracts';
import { Card, Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDong, formatNumber } from '../../lib/format';
import { useNarrowScreen } from '../../shared/use-narrow-screen';
import { PrizeAmount } from './PrizeAmount';

/** Collective prizes: units by how many of their entries reached judging, then by their best entry's place. */
export function UnitPrizesList({
  units,
  certificate,
}: {
  units: readonly UnitAward[];
  /** A prize-winning unit's certificate download (organizers). */
  certificate?: (unitId: number, compact: boolean) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const narrow = useNarrowScreen();
  const lang = i18n.language;
  if (units.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('awards.units.empty')}
      </Text>
    );
  if (narrow)
    return (
      <Stack gap={6} data-testid="unit-prizes">
        {units.map((unit) => (
          <Card key={unit.unitId} withBorder padding="xs" data-testid="unit-prize">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Group gap="xs" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
                <Text fw={700} miw={24}>
                  {unit.rank}
                </Text>
                <Stack gap={0} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                  <Text size="sm" fw={500}>
                    {unit.unitName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('awards.units.figures', {
                      judged: formatNumber(unit.judged, lang),
                      place: formatNumber(unit.bestPlace, lang),
                    })}
                  </Text>
                </Stack>
              </Group>
              {unit.prize && <PrizeAmount prize={unit.prize} />}
            </Group>
            {unit.prize && certificate && (
              <Group justify="flex-end" mt={6}>
                {certificate(unit.unitId, false)}
              </Group>
            )}
          </Card>
        ))}
      </Stack>
    );
  const right = { ta: 'right' as const, style: { whiteSpace: 'nowrap' as const } };
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped verticalSpacing={6} data-testid="unit-prizes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th fz="xs" ta="center">
              {t('awards.results.rank')}
            </Table.Th>
            <Table.Th fz="xs">{t('awards.results.unit')}</Table.Th>
            <Table.Th fz="xs" ta="right">
              {t('awards.units.judged')}
            </Table.Th>
            <Table.Th fz="xs" ta="right">
              {t('awards.units.best')}
            </Table.Th>
            <Table.Th fz="xs">{t('awards.results.prize')}</Table.Th>
            <Table.Th fz="xs" ta="right">
              {t('awards.results.amount')}
            </Table.Th>
            {certificate && <Table.Th fz="xs" aria-label={t('awards.certificate.download')} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((unit) => (
            <Table.Tr key={unit.unitId} data-testid="unit-prize">
              <Table.Td fw={700} ta="center">
                {unit.rank}
              </Table.Td>
              <Table.Td>{unit.unitName}</Table.Td>
              <Table.Td {...right}>{formatNumber(unit.judged, lang)}</Table.Td>
              <Table.Td {...right}>{formatNumber(unit.bestPlace, lang)}</Table.Td>
              <Table.Td>
                {unit.prize ? (
                  <Text size="sm" fw={600} c="orange.8">
                    {unit.prize.label}
                  </Text>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td {...right}>{unit.prize ? formatDong(unit.prize.amount, lang) : '—'}</Table.Td>
              {certificate && <Table.Td>{unit.prize && certificate(unit.unitId, true)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
