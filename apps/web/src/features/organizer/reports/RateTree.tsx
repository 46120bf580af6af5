import type { UnitFigures } from '@contest/contracts';
import { ActionIcon, Box, Button, Card, Group, Progress, ScrollArea, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../../lib/format';
import { RateBadge } from './RateBadge';
import { RateLegend } from './RateLegend';
import { buildRateTree, visibleRateRows, type RateRow } from './rate-tree';
import { rateColor } from './report-figures';

// Deep trees would squeeze the names on a phone; the indent stops growing after a few levels.
const indentOf = (depth: number) => Math.min(depth, 4) * 16;

/** Today's tree, each unit coloured by the rate of its whole subtree: a projector-sized picture of who lags. */
export function RateTree({ units, wholeContest }: { units: readonly UnitFigures[]; wholeContest: boolean }) {
  const { t } = useTranslation();
  const forest = useMemo(() => buildRateTree(units), [units]);
  const [expanded, setExpanded] = useState<ReadonlySet<number> | null>(null);
  const open = expanded ?? new Set(forest.map((item) => item.unit.unitId));
  const rows = useMemo(() => visibleRateRows(forest, open), [forest, open]);
  const toggle = (unitId: number) => {
    const next = new Set(open);
    if (!next.delete(unitId)) next.add(unitId);
    setExpanded(next);
  };
  const withChildren = () =>
    new Set(units.flatMap((unit) => (unit.parentId === null ? [] : [unit.parentId])));

  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2}>
            <Text fw={500}>{t('reports.tree.title')}</Text>
            <Text size="xs" c="dimmed">
              {t('reports.tree.hint')}
            </Text>
          </Stack>
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={() => setExpanded(withChildren())}>
              {t('units.tree.expandAll')}
            </Button>
            <Button variant="default" size="xs" onClick={() => setExpanded(new Set())}>
              {t('units.tree.collapseAll')}
            </Button>
          </Group>
        </Group>
        <RateLegend />
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('reports.empty')}
          </Text>
        ) : (
          // A province's tree is long: it scrolls in its own box and the tables stay within reach.
          <ScrollArea.Autosize mah={560} type="auto" offsetScrollbars>
            <Stack gap={2} data-testid="report-rate-tree">
              {rows.map((row) => (
                <RateTreeRow key={row.unit.unitId} row={row} onToggle={toggle} wholeContest={wholeContest} />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Stack>
    </Card>
  );
}

function RateTreeRow({
  row,
  onToggle,
  wholeContest,
}: {
  row: RateRow;
  onToggle: (unitId: number) => void;
  wholeContest: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { unit } = row;
  return (
    <Group
      gap={6}
      wrap="nowrap"
      pl={indentOf(row.depth)}
      py={2}
      data-testid="rate-tree-row"
      data-unit-id={unit.unitId}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
    >
      {row.childCount > 0 ? (
        <ActionIcon
          variant="subtle"
          color="gray"
          size={26}
          onClick={() => onToggle(unit.unitId)}
          aria-expanded={row.expanded}
          aria-label={t(row.expanded ? 'units.tree.collapse' : 'units.tree.expand', { name: unit.name })}
          style={{ flexShrink: 0 }}
        >
          {row.expanded ? '▾' : '▸'}
        </ActionIcon>
      ) : (
        <Box w={26} style={{ flexShrink: 0 }} />
      )}
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" fw={row.depth === 0 ? 600 : undefined} style={{ overflowWrap: 'anywhere' }}>
          {unit.name}
        </Text>
        <Progress
          value={Math.min(100, (unit.participationRate ?? 0) * 100)}
          color={rateColor(unit.participationRate)}
          size="sm"
          aria-hidden
        />
      </Stack>
      <Stack gap={0} align="flex-end" style={{ flexShrink: 0 }}>
        <RateBadge rate={unit.participationRate} />
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {/* Over several rounds participants count once a round: only the headcount reads plainly. */}
          {wholeContest
            ? t('reports.tree.headcount', { headcount: formatNumber(unit.headcount, i18n.language) })
            : t('reports.tree.people', {
                participants: formatNumber(unit.participants, i18n.language),
                headcount: formatNumber(unit.headcount, i18n.language),
              })}
        </Text>
      </Stack>
    </Group>
  );
}
