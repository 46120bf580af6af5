import { Badge, Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../../lib/format';
import { useNarrowScreen } from '../../../shared/use-narrow-screen';
import { stillNeeded, type QuotaUnit } from './quota-view';

const WRAP = { overflowWrap: 'anywhere' } as const;
const FIGURES = ['required', 'forwarded', 'pending', 'returned'] as const;

function MetBadge({ unit }: { unit: QuotaUnit }) {
  const { t } = useTranslation();
  return unit.met ? (
    <Badge color="green" variant="light" tt="none" data-testid="quota-met">
      {t('initiativeAdmin.quotas.met')}
    </Badge>
  ) : (
    <Badge color="red" variant="light" tt="none" data-testid="quota-short">
      {t('initiativeAdmin.quotas.short', { count: stillNeeded(unit) })}
    </Badge>
  );
}

/** A unit nobody administers: what its people send waits with nobody to forward it. */
function NoAdminBadge({ unit }: { unit: QuotaUnit }) {
  const { t } = useTranslation();
  if (unit.admins > 0) return null;
  return (
    <Badge color="orange" variant="outline" tt="none" data-testid="quota-no-admin-badge">
      {t('initiativeAdmin.quotas.noAdmin')}
    </Badge>
  );
}

/** Each unit against its quota: a table on a wide screen, a card per unit on a phone. */
export function QuotaUnitList({ units }: { units: readonly QuotaUnit[] }) {
  const { t, i18n } = useTranslation();
  const narrow = useNarrowScreen();
  const n = (value: number) => formatNumber(value, i18n.language);

  if (narrow)
    return (
      <Stack gap="xs" data-testid="quota-list">
        {units.map((unit) => (
          <Card key={unit.unitId} withBorder padding="xs" data-testid="quota-row" data-met={unit.met}>
            <Group justify="space-between" align="flex-start" gap={6} wrap="nowrap">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" fw={600} style={WRAP}>
                  {unit.unitName}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`units.levels.${unit.level}`)}
                </Text>
                <Group gap={4} mt={2}>
                  <NoAdminBadge unit={unit} />
                </Group>
              </Stack>
              <MetBadge unit={unit} />
            </Group>
            <SimpleGrid cols={4} spacing={4} mt={6}>
              {FIGURES.map((key) => (
                <Stack key={key} gap={0}>
                  <Text size="xs" c="dimmed" lh={1.2}>
                    {t(`initiativeAdmin.quotas.columns.${key}`)}
                  </Text>
                  <Text size="sm" fw={key === 'forwarded' ? 700 : 500}>
                    {n(unit[key])}
                  </Text>
                </Stack>
              ))}
            </SimpleGrid>
          </Card>
        ))}
      </Stack>
    );

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table layout="fixed" striped highlightOnHover verticalSpacing={6} data-testid="quota-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('initiativeAdmin.quotas.columns.unit')}</Table.Th>
            <Table.Th w={150}>{t('initiativeAdmin.quotas.columns.level')}</Table.Th>
            {FIGURES.map((key) => (
              <Table.Th key={key} w={112} ta="right">
                {t(`initiativeAdmin.quotas.columns.${key}`)}
              </Table.Th>
            ))}
            <Table.Th w={130}>{t('initiativeAdmin.quotas.columns.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((unit) => (
            <Table.Tr key={unit.unitId} data-testid="quota-row" data-met={unit.met}>
              <Table.Td style={WRAP}>
                {unit.unitName} <NoAdminBadge unit={unit} />
              </Table.Td>
              <Table.Td>{t(`units.levels.${unit.level}`)}</Table.Td>
              {FIGURES.map((key) => (
                <Table.Td key={key} ta="right" fw={key === 'forwarded' ? 700 : undefined}>
                  {n(unit[key])}
                </Table.Td>
              ))}
              <Table.Td>
                <MetBadge unit={unit} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
