import type { UnitNode } from '@contest/contracts';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../../lib/format';

/** The headcount as a button: one click edits it, which is how it is usually filled in. */
export function HeadcountButton({ unit, onEdit }: { unit: UnitNode; onEdit: (unit: UnitNode) => void }) {
  const { t, i18n } = useTranslation();
  const missing = unit.headcount === null;
  return (
    <Button
      size="compact-sm"
      variant={missing ? 'light' : 'subtle'}
      color={missing ? 'orange' : 'dark'}
      fw={missing ? 600 : 400}
      onClick={() => onEdit(unit)}
      aria-label={t('units.headcount.editFor', { name: unit.name })}
      data-testid="unit-headcount-edit"
      data-headcount={unit.headcount ?? ''}
    >
      {missing ? t('units.headcount.missing') : formatNumber(unit.headcount ?? 0, i18n.language)}
    </Button>
  );
}
