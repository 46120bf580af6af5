import type { ImportReport } from '@contest/contracts';
import { Anchor } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { queryKeys, routeUrl, uploadFile } from '../../../api';
import { SpreadsheetImport } from '../../../shared/import/SpreadsheetImport';
import type { ImportRequest } from '../../../shared/import/spreadsheet-import';

/** Questions from a spreadsheet into a contest's bank, every row checked before any is added. */
export function ImportPanel({ contestId }: { contestId: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const upload = ({ file, format, dryRun }: ImportRequest): Promise<ImportReport> =>
    uploadFile('importQuestions', {
      params: { contestId },
      query: { format, dryRun: dryRun ? 'true' : 'false' },
      file,
    });

  return (
    <SpreadsheetImport
      testId="import"
      title={t('organizer.import.title')}
      description={t('organizer.import.hint')}
      templateUrl={routeUrl('questionTemplate', { params: { contestId } })}
      links={
        <Anchor
          href={routeUrl('exportQuestions', { params: { contestId } })}
          size="sm"
          data-testid="questions-export"
        >
          {t('organizer.import.exportBank')}
        </Anchor>
      }
      fileLabel={t('organizer.import.file')}
      upload={upload}
      onApplied={() => void queryClient.invalidateQueries({ queryKey: queryKeys.questions(contestId) })}
      summary={(report, stage) =>
        stage === 'blocked'
          ? t('organizer.import.nothingImported')
          : stage === 'applied' && t('organizer.import.imported', { count: report.imported })
      }
      confirmLabel={(report) => t('organizer.import.confirm', { count: report.rowsRead })}
    />
  );
}
