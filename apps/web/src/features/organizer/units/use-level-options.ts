import { UNIT_LEVELS } from '@contest/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The levels for a select, in the contract's order (province down to school). */
export function useLevelOptions(): { value: string; label: string }[] {
  const { t } = useTranslation();
  return useMemo(
    () => UNIT_LEVELS.map((level) => ({ value: level, label: t(`units.levels.${level}`) })),
    [t],
  );
}
