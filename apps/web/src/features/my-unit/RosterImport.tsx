import type { RosterImportReport } from '@contest/contracts';
import { Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { queryKeys, routeUrl, uploadFile } from '../../api';
import { ImportProblemList } from '../../shared/import/ImportProblemList';
import { SpreadsheetImport } from '../../shared/import/SpreadsheetImport';
import type { ImportRequest } from '../../shared/import/spreadsheet-import';

interface RosterImportProps {
  unitId: number;
  unitName: string;
  currentCount: number;
}

/** Upload a roster: the file is checked whole first (dry run), then the unit admin confirms the replacement. */
export function RosterImport({ unitId, unitName, currentCount }: RosterImportProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const upload = ({ file, format, dryRun }: ImportRequest): Promise<RosterImportReport> =>
    uploadFile('importRoster', {
      params: { unitId },
      query: { format, dryRun: dryRun ? 'true' : 'false' },
      file,
    });

  return (
    <SpreadsheetImport
      testId="roster"
      testIds={{ done: 'roster-imported' }}
      title={t('myUnit.roster.importTitle')}
      description={
        currentCount > 0
          ? t('myUnit.roster.importHint', { unit: unitName, count: currentCount })
          : t('myUnit.roster.importHintFirst', { unit: unitName })
      }
      templateUrl={routeUrl('rosterTemplate')}
      fileLabel={t('myUnit.roster.file')}
      upload={upload}
      // The roster decides who is listed, so the people lists and figures change with it.
      onApplied={() => void queryClient.invalidateQueries({ queryKey: queryKeys.unit(unitId) })}
      summary={(report, stage) =>
        stage === 'blocked' ? (
          t('myUnit.roster.nothingImported')
        ) : stage === 'checked' ? (
          <>
            {t('myUnit.roster.willLink', { count: report.linked })}{' '}
            {currentCount > 0 && <b>{t('myUnit.roster.replaces', { count: currentCount })}</b>}
          </>
        ) : (
          t('myUnit.roster.imported', { count: report.imported, linked: report.linked })
        )
      }
      confirmLabel={(report) => t('myUnit.roster.confirm', { count: report.rowsRead })}
      // Replacing the whole roster is not undone by importing again, so the button warns.
      confirmColor="orange"
      details={(report) =>
        report.warnings.length > 0 && (
          <Stack gap={4}>
            <Text fw={500} size="sm">
              {t('myUnit.roster.warningsTitle', { count: report.warnings.length })}
            </Text>
            <Text size="xs" c="dimmed">
              {t(report.ok ? 'myUnit.roster.warningsHint' : 'myUnit.roster.warningsHintNotImported')}
            </Text>
            <ImportProblemList
              problems={report.warnings}
              testId="roster-warnings"
              itemTestId="roster-problem"
            />
          </Stack>
        )
      }
    />
  );
}
