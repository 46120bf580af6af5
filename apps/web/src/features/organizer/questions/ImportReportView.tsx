import type { ImportReport } from '@contest/contracts';
import { Alert, Button, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { localizeImportProblem } from '../../../api';

interface ImportReportViewProps {
  report: ImportReport;
  importing: boolean;
  canConfirm: boolean;
  onConfirm: () => void;
}

export function ImportReportView({ report, importing, canConfirm, onConfirm }: ImportReportViewProps) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="sm" data-testid="import-report" data-ok={report.ok} data-dry-run={report.dryRun}>
      {!report.ok ? (
        <Alert
          color="red"
          variant="light"
          title={t('organizer.import.problemsTitle', { count: report.problems.length })}
        >
          {t('organizer.import.rowsRead', { count: report.rowsRead })} {t('organizer.import.nothingImported')}
        </Alert>
      ) : report.dryRun ? (
        <Alert color="teal" variant="light" title={t('organizer.import.cleanTitle')}>
          {t('organizer.import.rowsRead', { count: report.rowsRead })}
        </Alert>
      ) : (
        <Alert color="teal" variant="light" data-testid="import-done">
          {t('organizer.import.imported', { count: report.imported })}
        </Alert>
      )}
      {report.ok && report.dryRun && (
        <Button
          onClick={onConfirm}
          loading={importing}
          disabled={!canConfirm}
          data-testid="import-confirm"
          style={{ alignSelf: 'flex-start' }}
        >
          {t('organizer.import.confirm', { count: report.rowsRead })}
        </Button>
      )}
      {report.problems.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table striped verticalSpacing={4} withTableBorder data-testid="import-problems">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={80}>{t('organizer.import.row')}</Table.Th>
                <Table.Th w={180}>{t('organizer.import.column')}</Table.Th>
                <Table.Th>{t('organizer.import.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.problems.map((problem, index) => (
                <Table.Tr key={index} data-testid="import-problem">
                  <Table.Td>{problem.row === 0 ? t('organizer.import.wholeFile') : problem.row}</Table.Td>
                  <Table.Td>{problem.column ?? '—'}</Table.Td>
                  <Table.Td>{localizeImportProblem(problem, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
