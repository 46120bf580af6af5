import type { RegisterRow } from '@contest/contracts';
import { Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useNarrowScreen } from '../../../shared/use-narrow-screen';

const WRAP = { overflowWrap: 'anywhere' } as const;

function SourceBadge({ source }: { source: RegisterRow['source'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={source === 'winner' ? 'yellow' : 'gray'} variant="light" tt="none">
      {t(`initiativeAdmin.register.source.${source}`)}
    </Badge>
  );
}

/** Register rows: a table on a wide screen, one card per initiative on a phone. */
export function RegisterList({ rows }: { rows: readonly RegisterRow[] }) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  if (narrow)
    return (
      <Stack gap="xs" data-testid="register-list">
        {rows.map((row) => (
          <Card key={row.id} withBorder padding="xs" data-testid="register-row">
            <Stack gap={4}>
              <Text size="sm" fw={600} style={WRAP}>
                {row.title}
              </Text>
              {row.summary && (
                <Text size="xs" c="dimmed" lineClamp={3} style={WRAP}>
                  {row.summary}
                </Text>
              )}
              <Group gap={6}>
                <Text size="xs" style={WRAP}>
                  {[row.unitName, row.year].filter(Boolean).join(' · ')}
                </Text>
                <SourceBadge source={row.source} />
              </Group>
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  return (
    <Table layout="fixed" striped verticalSpacing={6} data-testid="register-list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={64}>#</Table.Th>
          <Table.Th>{t('initiativeAdmin.register.columns.title')}</Table.Th>
          <Table.Th w="24%">{t('initiativeAdmin.register.columns.unit')}</Table.Th>
          <Table.Th w={72}>{t('initiativeAdmin.register.columns.year')}</Table.Th>
          <Table.Th w={130}>{t('initiativeAdmin.register.columns.source')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id} data-testid="register-row">
            <Table.Td c="dimmed">{row.id}</Table.Td>
            <Table.Td style={WRAP}>
              <Text size="sm" fw={500}>
                {row.title}
              </Text>
              {row.summary && (
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {row.summary}
                </Text>
              )}
            </Table.Td>
            <Table.Td style={WRAP}>{row.unitName || '—'}</Table.Td>
            <Table.Td>{row.year ?? '—'}</Table.Td>
            <Table.Td>
              <SourceBadge source={row.source} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
