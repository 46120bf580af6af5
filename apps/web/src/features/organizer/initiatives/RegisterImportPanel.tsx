import { REGISTER_SHEET, type ImportReport } from '@contest/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { queryKeys, routeUrl, uploadFile } from '../../../api';
import { SpreadsheetImport } from '../../../shared/import/SpreadsheetImport';
import type { ImportRequest } from '../../../shared/import/spreadsheet-import';

const TEMPLATE_COLUMNS = Object.values(REGISTER_SHEET.headers).join(', ');

/** Initiatives already applied, from the province's lists: every row checked before any is added. */
export function RegisterImportPanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const upload = ({ file, format, dryRun }: ImportRequest): Promise<ImportReport> =>
    uploadFile('importRegister', { query: { format, dryRun: dryRun ? 'true' : 'false' }, file });

  return (
    <SpreadsheetImport
      testId="register-import"
      title={t('initiativeAdmin.register.import.title')}
      description={t('initiativeAdmin.register.import.hint', { columns: TEMPLATE_COLUMNS })}
      templateUrl={routeUrl('registerTemplate')}
      fileLabel={t('initiativeAdmin.register.import.file')}
      upload={upload}
      onApplied={() => {
        void queryClient.invalidateQueries({ queryKey: queryKeys.initiativeRegister });
        // New register rows change what every initiative is compared with.
        void queryClient.invalidateQueries({ queryKey: queryKeys.clips });
      }}
      summary={(report, stage) =>
        stage === 'blocked'
          ? t('initiativeAdmin.register.import.nothingImported')
          : stage === 'applied' && t('initiativeAdmin.register.import.imported', { count: report.imported })
      }
      confirmLabel={(report) => t('initiativeAdmin.register.import.confirm', { count: report.rowsRead })}
    />
  );
}
