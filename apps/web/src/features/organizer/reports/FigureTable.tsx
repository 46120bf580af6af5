import { Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { useNarrowScreen } from '../../../shared/use-narrow-screen';

export interface FigureColumn<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  numeric?: boolean;
  /** Left out of the phone cards, where the badge beside the title already shows it. */
  inBadge?: boolean;
}

interface FigureTableProps<T> {
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  /** The row's name: the first column of the table, the title of a card. */
  title: FigureColumn<T>;
  columns: readonly FigureColumn<T>[];
  /** Cards only: something to show beside the title, such as the rate badge. */
  cardBadge?: (row: T) => ReactNode;
  minWidth: number;
  /** The least the name column takes, so names do not wrap word by word. */
  titleWidth?: number;
  testId: string;
}

/** A report table on wide screens; on a phone the same figures, one card per row. */
export function FigureTable<T>({
  rows,
  rowKey,
  title,
  columns,
  cardBadge,
  minWidth,
  titleWidth = 200,
  testId,
}: FigureTableProps<T>) {
  const narrow = useNarrowScreen();
  if (narrow) {
    return (
      <Stack gap={6} data-testid={testId}>
        {rows.map((row) => (
          <Card key={rowKey(row)} withBorder padding="xs" data-testid={`${testId}-row`}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs" mb={4}>
              <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                {title.render(row)}
              </Text>
              {cardBadge?.(row)}
            </Group>
            <SimpleGrid cols={3} spacing="xs" verticalSpacing={6}>
              {columns
                .filter((column) => !(cardBadge && column.inBadge))
                .map((column) => (
                  <Stack key={column.key} gap={0}>
                    <Text size="xs" c="dimmed" lh={1.2}>
                      {column.header}
                    </Text>
                    <Text size="sm" fw={500}>
                      {column.render(row)}
                    </Text>
                  </Stack>
                ))}
            </SimpleGrid>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped verticalSpacing={6} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={titleWidth}>{title.header}</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.key} ta={column.numeric ? 'right' : undefined}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)} data-testid={`${testId}-row`}>
              <Table.Td>{title.render(row)}</Table.Td>
              {columns.map((column) => (
                <Table.Td
                  key={column.key}
                  ta={column.numeric ? 'right' : undefined}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {column.render(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
