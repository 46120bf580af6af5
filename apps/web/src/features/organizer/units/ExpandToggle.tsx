import { ActionIcon, Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { UnitRow } from './unit-tree';

/** The ▸/▾ in front of a unit with sub-units; a blank of the same width keeps leaves aligned. */
export function ExpandToggle({ row, onToggle }: { row: UnitRow; onToggle: (unitId: number) => void }) {
  const { t } = useTranslation();
  if (row.childCount === 0) return <Box w={28} style={{ flexShrink: 0 }} />;
  return (
    <ActionIcon
      variant="subtle"
      color="gray"
      size={28}
      onClick={() => onToggle(row.unit.id)}
      aria-expanded={row.expanded}
      aria-label={t(row.expanded ? 'units.tree.collapse' : 'units.tree.expand', { name: row.unit.name })}
      data-testid="unit-toggle"
      style={{ flexShrink: 0 }}
    >
      {row.expanded ? '▾' : '▸'}
    </ActionIcon>
  );
}
