import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { routeUrl } from '../../../api';

/** The report's tables as one workbook, for the same round scope as the page. */
export function ReportXlsxButton({ contestId, roundId }: { contestId: number; roundId: number | null }) {
  const { t } = useTranslation();
  const href = routeUrl('contestReportXlsx', {
    params: { contestId },
    query: roundId === null ? {} : { roundId },
  });
  return (
    <Button component="a" href={href} download variant="light" data-testid="report-xlsx">
      {t('reports.xlsx')}
    </Button>
  );
}
