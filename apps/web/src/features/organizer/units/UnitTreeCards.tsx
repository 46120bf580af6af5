import { Box, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../../lib/format';
import { ExpandToggle } from './ExpandToggle';
import { HeadcountButton } from './HeadcountButton';
import { UnitActions } from './UnitActions';
import type { UnitRowsProps } from './UnitTreeTable';

// On a phone deep trees would squeeze the names; the indent stops growing after a few levels.
const indentOf = (depth: number) => Math.min(depth, 4) * 12;

export function UnitTreeCards({ rows, onToggle, onAction }: UnitRowsProps) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={6} data-testid="unit-tree">
      {rows.map((row) => (
        <Card
          key={row.unit.id}
          withBorder
          padding="xs"
          ml={indentOf(row.depth)}
          data-testid="unit-row"
          data-unit-id={row.unit.id}
          data-depth={row.depth}
        >
          <Group gap={4} wrap="nowrap" align="flex-start">
            <ExpandToggle row={row} onToggle={onToggle} />
            <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
              <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                {row.unit.name}
              </Text>
              <Text size="xs" c="dimmed">
                {row.unit.code} · {t(`units.levels.${row.unit.level}`)}
                {row.subUnits > 0 && ` · ${t('units.tree.subUnits', { count: row.subUnits })}`}
              </Text>
              <Group gap={4} wrap="nowrap">
                <Text size="xs" c="dimmed">
                  {t('units.columns.headcount')}:
                </Text>
                <HeadcountButton unit={row.unit} onEdit={(unit) => onAction('headcount', unit)} />
              </Group>
              <Text size="xs" c="dimmed">
                {t('units.cards.people', {
                  accounts: formatNumber(row.unit.accounts, i18n.language),
                  roster: formatNumber(row.unit.rosterEntries, i18n.language),
                })}
              </Text>
            </Stack>
            <Box style={{ flexShrink: 0 }}>
              <UnitActions unit={row.unit} onAction={onAction} />
            </Box>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
