import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { routeUrl } from '../../../api';
import { comparisonQuery, type ComparisonTarget } from './comparison-choice';

/** The comparison as one workbook, against the same contest as the page. */
export function ComparisonXlsxButton({ contestId, target }: { contestId: number; target: ComparisonTarget }) {
  const { t } = useTranslation();
  const href = routeUrl('contestComparisonXlsx', { params: { contestId }, query: comparisonQuery(target) });
  return (
    <Button component="a" href={href} download variant="light" data-testid="comparison-xlsx">
      {t('reports.xlsx')}
    </Button>
  );
}
