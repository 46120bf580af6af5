import type { UnitNode } from '@contest/contracts';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useNarrowScreen } from '../../../shared/use-narrow-screen';
import type { UnitAction } from './UnitActions';
import { UnitTreeCards } from './UnitTreeCards';
import { UnitTreeTable } from './UnitTreeTable';
import { buildUnitForest, filterUnitForest, unitsWithChildren, visibleUnitRows } from './unit-tree';
import { useTreeExpansion } from './use-tree-expansion';

interface UnitTreeProps {
  units: readonly UnitNode[];
  onAction: (action: UnitAction, unit: UnitNode) => void;
}

/** The live tree: search it by name or code, open and close branches, act on one unit. */
export function UnitTree({ units, onAction }: UnitTreeProps) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 200);

  const forest = useMemo(() => buildUnitForest(units), [units]);
  const found = useMemo(() => filterUnitForest(forest, query), [forest, query]);
  const rootIds = useMemo(() => forest.map((item) => item.unit.id), [forest]);
  const { expanded, toggle, setAll } = useTreeExpansion(rootIds, query, found.open);
  const rows = useMemo(() => visibleUnitRows(found.forest, expanded), [found.forest, expanded]);
  const searching = query.trim() !== '';

  const Rows = narrow ? UnitTreeCards : UnitTreeTable;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" gap="sm">
        <TextInput
          label={t('units.tree.search')}
          placeholder={t('units.tree.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: '100%', sm: 360 }}
          data-testid="unit-search"
        />
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={() => setAll(unitsWithChildren(units))}>
            {t('units.tree.expandAll')}
          </Button>
          <Button variant="default" size="xs" onClick={() => setAll(new Set())}>
            {t('units.tree.collapseAll')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed" data-testid="unit-tree-summary">
        {searching
          ? t('units.tree.matches', { count: found.matches })
          : t('units.tree.total', { count: units.length })}
      </Text>
      {rows.length === 0 ? (
        <Text c="dimmed">{t(searching ? 'units.tree.noMatch' : 'units.tree.empty')}</Text>
      ) : (
        <Rows rows={rows} onToggle={toggle} onAction={onAction} />
      )}
    </Stack>
  );
}
