import type { ImportReport } from '@contest/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { queryKeys, routeUrl, uploadFile } from '../../../api';
import { SpreadsheetImport } from '../../../shared/import/SpreadsheetImport';
import type { ImportRequest } from '../../../shared/import/spreadsheet-import';

/**
 * Likes and shares from a file: the stage's own template (its entries with their codes and the
 * counts so far), filled in from the social page and checked whole before anything is saved.
 */
export function InteractionImport({ stageId }: { stageId: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const upload = ({ file, format, dryRun }: ImportRequest): Promise<ImportReport> =>
    uploadFile('importStageInteractions', {
      params: { stageId },
      query: { format, dryRun: dryRun ? 'true' : 'false' },
      file,
    });
  return (
    <SpreadsheetImport
      testId="interactions-import"
      title={t('awards.interactions.importTitle')}
      description={t('awards.interactions.importHint')}
      templateUrl={routeUrl('stageInteractionsTemplate', { params: { stageId } })}
      fileLabel={t('awards.interactions.importFile')}
      upload={upload}
      onApplied={() => void queryClient.invalidateQueries({ queryKey: queryKeys.stageInteractions(stageId) })}
      summary={(report, stage) =>
        stage === 'blocked'
          ? t('awards.interactions.importBlocked')
          : stage === 'applied' && t('awards.interactions.imported', { count: report.imported })
      }
      confirmLabel={(report) => t('awards.interactions.importConfirm', { count: report.rowsRead })}
    />
  );
}
