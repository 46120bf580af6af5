import type { ImportProblem } from '@contest/contracts';
import { Card, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { localizeImportProblem } from '../../api';
import { useNarrowScreen } from '../use-narrow-screen';
import { problemsByRow } from './spreadsheet-import';

interface ImportProblemListProps {
  problems: readonly ImportProblem[];
  testId: string;
  /** On each problem. */
  itemTestId: string;
}

// A pasted value or a long header has no spaces to break at: it must still wrap, not widen the page.
const WRAP_ANYWHERE = { overflowWrap: 'anywhere' } as const;

/**
 * Problems by row, column and reason: a table on a wide screen, one card per row on a phone.
 * Fixed column widths let the reasons wrap instead of pushing the table past the screen.
 */
export function ImportProblemList({ problems, testId, itemTestId }: ImportProblemListProps) {
  const { t, i18n } = useTranslation();
  const narrow = useNarrowScreen();
  const rows = problemsByRow(problems);

  if (narrow) {
    return (
      <Stack gap={6} data-testid={testId}>
        {rows.map(({ row, problems: rowProblems }) => (
          <Card key={row} withBorder padding="xs">
            <Text size="xs" c="dimmed" fw={500}>
              {row === 0 ? t('spreadsheetImport.wholeFile') : t('spreadsheetImport.rowN', { row })}
            </Text>
            <Stack gap={4} mt={2}>
              {rowProblems.map((problem, index) => (
                <Text key={index} size="sm" style={WRAP_ANYWHERE} data-testid={itemTestId}>
                  {problem.column && (
                    <Text span size="sm" fw={600}>
                      {problem.column}:{' '}
                    </Text>
                  )}
                  {localizeImportProblem(problem, i18n.language)}
                </Text>
              ))}
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table layout="fixed" verticalSpacing={4} withTableBorder withColumnBorders data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={90}>{t('spreadsheetImport.row')}</Table.Th>
          <Table.Th w={180}>{t('spreadsheetImport.column')}</Table.Th>
          <Table.Th>{t('spreadsheetImport.reason')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.flatMap(({ row, problems: rowProblems }) =>
          rowProblems.map((problem, index) => (
            <Table.Tr key={`${row}-${index}`} data-testid={itemTestId}>
              {index === 0 && (
                <Table.Td rowSpan={rowProblems.length} style={{ verticalAlign: 'top' }}>
                  {row === 0 ? t('spreadsheetImport.wholeFile') : row}
                </Table.Td>
              )}
              <Table.Td style={WRAP_ANYWHERE}>{problem.column ?? '—'}</Table.Td>
              <Table.Td style={WRAP_ANYWHERE}>{localizeImportProblem(problem, i18n.language)}</Table.Td>
            </Table.Tr>
          )),
        )}
      </Table.Tbody>
    </Table>
  );
}
