import { AppShell, Burger, Button, Container, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';

import { paths } from '../../shared/paths';
import { hasUnitDashboard, useCurrentUser, useSignOut } from '../auth/session';
import { AppTitle } from './AppTitle';
import { LanguageSwitch } from './LanguageSwitch';

export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const location = useLocation();
  const signOut = useSignOut();
  const [navOpened, nav] = useDisclosure(false);

  const links = [
    { to: paths.home, label: t('nav.home') },
    { to: paths.history, label: t('nav.history') },
    ...(hasUnitDashboard(user) ? [{ to: paths.myUnit, label: t('nav.myUnit') }] : []),
  ];

  const isActive = (to: string) =>
    to === paths.home ? location.pathname === paths.home : location.pathname.startsWith(to);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px={{ base: 'sm', sm: 'md' }} gap="xs" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <Burger
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
            />
            <AppTitle />
          </Group>
          <Group gap={4} wrap="nowrap">
            <LanguageSwitch />
            <Text size="sm" visibleFrom="md" truncate="end" maw={200}>
              {user.fullName}
            </Text>
            <Button
              variant="subtle"
              size="compact-sm"
              px={6}
              loading={signOut.isPending}
              onClick={() => signOut.mutate()}
              data-testid="logout"
            >
              {t('nav.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs">
        <Text size="sm" fw={500} px="sm" py="xs" hiddenFrom="md" truncate="end">
          {user.fullName}
        </Text>
        {links.map((link) => (
          <NavLink
            key={link.to}
            component={Link}
            to={link.to}
            label={link.label}
            active={isActive(link.to)}
            onClick={nav.close}
          />
        ))}
      </AppShell.Navbar>

      <AppShell.Main>
        <Container size="md" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
