import type { Figures, ReportTotals } from '@contest/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { FigureColumn } from './FigureTable';
import { formatCount, formatRate, formatScore } from './report-figures';

/** The participation figures every report table shows, after its own first columns. */
export function useFigureColumns<T extends Figures>(): FigureColumn<T>[] {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const language = i18n.language;
    return [
      {
        key: 'headcount',
        header: t('reports.columns.headcount'),
        numeric: true,
        render: (row) => formatCount(row.headcount, language),
      },
      {
        key: 'participants',
        header: t('reports.columns.participants'),
        numeric: true,
        render: (row) => formatCount(row.participants, language),
      },
      {
        key: 'rate',
        header: t('reports.columns.rate'),
        numeric: true,
        inBadge: true,
        render: (row) => formatRate(row.participationRate, language),
      },
      {
        key: 'averageScore',
        header: t('reports.columns.averageScore'),
        numeric: true,
        render: (row) => formatScore(row.averageScore, language),
      },
      {
        key: 'fullMarks',
        header: t('reports.columns.fullMarks'),
        numeric: true,
        render: (row) => formatRate(row.fullMarksShare, language),
      },
    ];
  }, [t, i18n.language]);
}

/** Units expected and units that took part, for the tables of groups of units. */
export function useUnitCountColumns<T extends ReportTotals>(): FigureColumn<T>[] {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => [
      {
        key: 'units',
        header: t('reports.columns.units'),
        numeric: true,
        render: (row) =>
          `${formatCount(row.participatingUnits, i18n.language)} / ${formatCount(row.units, i18n.language)}`,
      },
    ],
    [t, i18n.language],
  );
}
