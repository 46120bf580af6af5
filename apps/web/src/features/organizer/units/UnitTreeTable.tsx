import type { UnitNode } from '@contest/contracts';
import { Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../../lib/format';
import { ExpandToggle } from './ExpandToggle';
import { HeadcountButton } from './HeadcountButton';
import { UnitActions, type UnitAction } from './UnitActions';
import type { UnitRow } from './unit-tree';

export interface UnitRowsProps {
  rows: readonly UnitRow[];
  onToggle: (unitId: number) => void;
  onAction: (action: UnitAction, unit: UnitNode) => void;
}

const INDENT = 20;

export function UnitTreeTable({ rows, onToggle, onAction }: UnitRowsProps) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing={4} highlightOnHover data-testid="unit-tree">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('units.columns.name')}</Table.Th>
            <Table.Th w={110}>{t('units.columns.code')}</Table.Th>
            <Table.Th w={170}>{t('units.columns.level')}</Table.Th>
            <Table.Th w={120} ta="right">
              {t('units.columns.headcount')}
            </Table.Th>
            <Table.Th w={100} ta="right" style={{ whiteSpace: 'nowrap' }}>
              {t('units.columns.accounts')}
            </Table.Th>
            <Table.Th w={110} ta="right" style={{ whiteSpace: 'nowrap' }}>
              {t('units.columns.roster')}
            </Table.Th>
            <Table.Th w={120} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={row.unit.id}
              data-testid="unit-row"
              data-unit-id={row.unit.id}
              data-depth={row.depth}
            >
              <Table.Td>
                <Group gap={4} wrap="nowrap" pl={row.depth * INDENT}>
                  <ExpandToggle row={row} onToggle={onToggle} />
                  <Text size="sm" fw={row.depth === 0 ? 600 : undefined} style={{ overflowWrap: 'anywhere' }}>
                    {row.unit.name}
                  </Text>
                  {row.subUnits > 0 && (
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      ({row.subUnits})
                    </Text>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {row.unit.code}
                </Text>
              </Table.Td>
              <Table.Td>{t(`units.levels.${row.unit.level}`)}</Table.Td>
              <Table.Td ta="right">
                <HeadcountButton unit={row.unit} onEdit={(unit) => onAction('headcount', unit)} />
              </Table.Td>
              <Table.Td ta="right">{formatNumber(row.unit.accounts, i18n.language)}</Table.Td>
              <Table.Td ta="right">{formatNumber(row.unit.rosterEntries, i18n.language)}</Table.Td>
              <Table.Td ta="right">
                <UnitActions unit={row.unit} onAction={onAction} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
