import type { ContestComparison } from '@contest/contracts';
import { useTranslation } from 'react-i18next';

/** How the two sides are named in headers and legends: by year, or in words when both share one. */
export function useSideLabels(comparison: Pick<ContestComparison, 'contest' | 'earlier'>): {
  current: string;
  earlier: string;
} {
  const { t } = useTranslation();
  if (comparison.contest.year !== comparison.earlier.year)
    return { current: String(comparison.contest.year), earlier: String(comparison.earlier.year) };
  return { current: t('reports.comparison.side.current'), earlier: t('reports.comparison.side.earlier') };
}

export const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
