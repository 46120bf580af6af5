import type { UnitNode } from '@contest/contracts';
import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type UnitAction = 'addChild' | 'edit' | 'headcount' | 'admins' | 'merge';

interface UnitActionsProps {
  unit: UnitNode;
  onAction: (action: UnitAction, unit: UnitNode) => void;
}

export function UnitActions({ unit, onAction }: UnitActionsProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <Button
          size="compact-sm"
          variant="default"
          aria-label={t('units.actions.menuFor', { name: unit.name })}
          data-testid="unit-actions"
        >
          {t('units.actions.menu')} ▾
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onAction('addChild', unit)} data-testid="unit-add-child">
          {t('units.actions.addChild')}
        </Menu.Item>
        <Menu.Item onClick={() => onAction('edit', unit)} data-testid="unit-edit">
          {t('units.actions.edit')}
        </Menu.Item>
        <Menu.Item onClick={() => onAction('admins', unit)} data-testid="unit-admins-open">
          {t('units.actions.admins')}
        </Menu.Item>
        <Menu.Item onClick={() => onAction('headcount', unit)} data-testid="unit-set-headcount">
          {t('units.actions.headcount')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => onAction('merge', unit)} data-testid="unit-merge">
          {t('units.actions.merge')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
