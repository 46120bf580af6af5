import type { ImportReport } from '@contest/contracts';
import { Alert, Button, Stack, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ImportProblemList } from './ImportProblemList';
import { importStage, type ImportStage, type ImportTestIds } from './spreadsheet-import';

/** What differs from one import's report to another's; the rest is the same for every import. */
export interface ImportReportWording<R extends ImportReport> {
  /** The import's own words for the stage: why nothing changed, what confirming will do, what it did. */
  summary(report: R, stage: ImportStage): ReactNode;
  confirmLabel(report: R): string;
  /** Orange for an import that replaces what is there. */
  confirmColor?: MantineColor;
  /** Below the problems: whatever else the report holds (the roster's warnings). */
  details?(report: R): ReactNode;
}

interface ImportReportViewProps<R extends ImportReport> extends ImportReportWording<R> {
  report: R;
  testIds: ImportTestIds;
  importing: boolean;
  canConfirm: boolean;
  onConfirm(): void;
}

export function ImportReportView<R extends ImportReport>({
  report,
  testIds,
  importing,
  canConfirm,
  onConfirm,
  summary,
  confirmLabel,
  confirmColor,
  details,
}: ImportReportViewProps<R>) {
  const { t } = useTranslation();
  const stage = importStage(report);
  const rowsRead = t('spreadsheetImport.rowsRead', { count: report.rowsRead });
  return (
    <Stack gap="sm" data-testid={testIds.report} data-ok={report.ok} data-dry-run={report.dryRun}>
      {stage === 'blocked' ? (
        <Alert
          color="red"
          variant="light"
          title={t('spreadsheetImport.problemsTitle', { count: report.problems.length })}
        >
          {rowsRead} {summary(report, stage)}
        </Alert>
      ) : stage === 'checked' ? (
        <Alert color="teal" variant="light" title={t('spreadsheetImport.cleanTitle')}>
          {rowsRead} {summary(report, stage)}
        </Alert>
      ) : (
        <Alert color="teal" variant="light" data-testid={testIds.done}>
          {summary(report, stage)}
        </Alert>
      )}
      {stage === 'checked' && (
        <Button
          onClick={onConfirm}
          loading={importing}
          disabled={!canConfirm}
          color={confirmColor}
          data-testid={testIds.confirm}
          // A long label ("replace the roster with the 240 people in the file") wraps on a phone.
          style={{ alignSelf: 'flex-start', maxWidth: '100%' }}
          styles={{ label: { whiteSpace: 'normal', lineHeight: 1.35, textAlign: 'left' } }}
          h="auto"
          mih={36}
          py={6}
        >
          {confirmLabel(report)}
        </Button>
      )}
      {report.problems.length > 0 && (
        <ImportProblemList
          problems={report.problems}
          testId={testIds.problems}
          itemTestId={testIds.problem}
        />
      )}
      {details?.(report)}
    </Stack>
  );
}
