import type { UnitImportReport } from '@contest/contracts';
import { Alert, Button, Card, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { localizeImportProblem } from '../../../api';
import { useNarrowScreen } from '../../../shared/use-narrow-screen';

interface UnitImportReportViewProps {
  report: UnitImportReport;
  importing: boolean;
  canConfirm: boolean;
  onConfirm: () => void;
}

export function UnitImportReportView({
  report,
  importing,
  canConfirm,
  onConfirm,
}: UnitImportReportViewProps) {
  const { t, i18n } = useTranslation();
  const narrow = useNarrowScreen();
  const counts = { created: report.created, updated: report.updated };
  return (
    <Stack gap="sm" data-testid="unit-import-report" data-ok={report.ok} data-dry-run={report.dryRun}>
      {!report.ok ? (
        <Alert
          color="red"
          variant="light"
          title={t('organizer.import.problemsTitle', { count: report.problems.length })}
        >
          {t('organizer.import.rowsRead', { count: report.rowsRead })} {t('units.import.nothingImported')}
        </Alert>
      ) : report.dryRun ? (
        <Alert color="teal" variant="light" title={t('organizer.import.cleanTitle')}>
          {t('organizer.import.rowsRead', { count: report.rowsRead })} {t('units.import.willChange', counts)}
        </Alert>
      ) : (
        <Alert color="teal" variant="light" data-testid="unit-import-done">
          {t('units.import.changed', counts)}
        </Alert>
      )}
      {report.ok && report.dryRun && (
        <Button
          onClick={onConfirm}
          loading={importing}
          disabled={!canConfirm}
          data-testid="unit-import-confirm"
          style={{ alignSelf: 'flex-start' }}
        >
          {t('units.import.confirm', { count: report.rowsRead })}
        </Button>
      )}
      {report.problems.length > 0 &&
        (narrow ? (
          <Stack gap={6} data-testid="unit-import-problems">
            {report.problems.map((problem, index) => (
              <Card key={index} withBorder padding="xs" data-testid="unit-import-problem">
                <Text size="xs" c="dimmed">
                  {problem.row === 0
                    ? t('organizer.import.wholeFile')
                    : `${t('organizer.import.row')} ${problem.row}`}
                  {problem.column && ` · ${problem.column}`}
                </Text>
                <Text size="sm">{localizeImportProblem(problem, i18n.language)}</Text>
              </Card>
            ))}
          </Stack>
        ) : (
          <Table striped verticalSpacing={4} withTableBorder data-testid="unit-import-problems">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={80}>{t('organizer.import.row')}</Table.Th>
                <Table.Th w={180}>{t('organizer.import.column')}</Table.Th>
                <Table.Th>{t('organizer.import.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.problems.map((problem, index) => (
                <Table.Tr key={index} data-testid="unit-import-problem">
                  <Table.Td>{problem.row === 0 ? t('organizer.import.wholeFile') : problem.row}</Table.Td>
                  <Table.Td>{problem.column ?? '—'}</Table.Td>
                  <Table.Td>{localizeImportProblem(problem, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
    </Stack>
  );
}
