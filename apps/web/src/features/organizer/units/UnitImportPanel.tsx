import { UNIT_SHEET, type UnitImportReport } from '@contest/contracts';
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { routeUrl, uploadFile } from '../../../api';
import { SpreadsheetImport } from '../../../shared/import/SpreadsheetImport';
import type { ImportRequest } from '../../../shared/import/spreadsheet-import';
import { useRefreshUnits } from './use-unit-tree';

const TEMPLATE_COLUMNS = Object.values(UNIT_SHEET.headers).join(', ');

/** The tree from a spreadsheet, as the question bank is: every row checked first, then applied on confirmation. */
export function UnitImportPanel({ contestId, contestName }: { contestId: number; contestName: string }) {
  const { t } = useTranslation();
  const refresh = useRefreshUnits();
  const upload = ({ file, format, dryRun }: ImportRequest): Promise<UnitImportReport> =>
    uploadFile('importUnits', {
      query: { format, contestId, dryRun: dryRun ? 'true' : 'false' },
      file,
    });

  return (
    <SpreadsheetImport
      testId="unit-import"
      testIds={{ template: 'unit-template' }}
      title={t('units.import.title')}
      description={t('units.import.hint', { columns: TEMPLATE_COLUMNS, contest: contestName })}
      templateUrl={routeUrl('unitTemplate')}
      links={
        <Anchor href={routeUrl('exportUnits', { query: { contestId } })} size="sm" data-testid="unit-export">
          {t('units.import.export')}
        </Anchor>
      }
      fileLabel={t('units.import.file')}
      upload={upload}
      onApplied={() => void refresh()}
      summary={(report, stage) => {
        const counts = { created: report.created, updated: report.updated };
        if (stage === 'blocked') return t('units.import.nothingImported');
        return stage === 'checked' ? t('units.import.willChange', counts) : t('units.import.changed', counts);
      }}
      confirmLabel={(report) => t('units.import.confirm', { count: report.rowsRead })}
    />
  );
}
