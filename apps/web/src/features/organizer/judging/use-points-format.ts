import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDecimal, formatNumber } from '../../../lib/format';

/** Points with up to 2 decimals and counts, in the reader's number format ("61,92" / "61.92"). */
export function usePointsFormat() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return {
    points: useCallback((value: number) => formatDecimal(value, lang), [lang]),
    count: useCallback((value: number) => formatNumber(value, lang), [lang]),
  };
}
