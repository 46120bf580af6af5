import { AppShell, Burger, Button, Group, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';

import { paths } from '../../shared/paths';
import { AppTitle } from './AppTitle';
import { LanguageSwitch } from './LanguageSwitch';

export function PublicLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const onAuthPage = pathname === paths.login || pathname === paths.register;
  // On a results page the link to results only crowds the title off a phone's header.
  const onResults = pathname.startsWith(paths.publicResults);
  const onUnitsBoard = pathname.startsWith(paths.unitsBoard);
  const links = [
    ...(onResults ? [] : [{ to: paths.publicResults, label: t('nav.results') }]),
    ...(onUnitsBoard ? [] : [{ to: paths.unitsBoard, label: t('unitsBoard.navShort') }]),
    ...(onAuthPage ? [] : [{ to: paths.login, label: t('auth.login.submit') }]),
  ];
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px={{ base: 'sm', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <AppTitle />
          <Group gap={4} wrap="nowrap">
            {links.map((link) => (
              <Button
                key={link.to}
                component={Link}
                to={link.to}
                variant="subtle"
                size="compact-sm"
                px={6}
                visibleFrom="xs"
              >
                {link.label}
              </Button>
            ))}
            {/* On a phone the links would push the title off the header: they fold into a menu. */}
            {links.length > 0 && (
              <Menu position="bottom-end" opened={menuOpen} onChange={setMenuOpen}>
                <Menu.Target>
                  <Burger opened={menuOpen} size="sm" hiddenFrom="xs" aria-label={t('nav.toggle')} />
                </Menu.Target>
                <Menu.Dropdown>
                  {links.map((link) => (
                    <Menu.Item key={link.to} component={Link} to={link.to}>
                      {link.label}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
            )}
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
