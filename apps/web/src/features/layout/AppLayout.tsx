import { AppShell, Burger, Button, Container, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';

import { paths } from '../../shared/paths';
import { useNarrowScreen } from '../../shared/use-narrow-screen';
import { useCurrentUser, useSignOut } from '../auth/session';
import { AppTitle } from './AppTitle';
import { LanguageSwitch } from './LanguageSwitch';
import { mainNavItems, organizerNavItems, type NavItem } from './nav-links';

export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const location = useLocation();
  const signOut = useSignOut();
  const [navOpened, nav] = useDisclosure(false);
  // The collapsed phone menu is only slid off screen: inert keeps its links out of the tab order.
  const navHidden = useNarrowScreen() && !navOpened;

  const links = mainNavItems(user);
  const organizerLinks = organizerNavItems(user);

  const isActive = (to: string) =>
    to === paths.home ? location.pathname === paths.home : location.pathname.startsWith(to);
  const isQuestionBank = /^\/organizer\/contests\/\d+\/questions/.test(location.pathname);
  const organizerLinkActive = (to: string) =>
    to === paths.questionBanks
      ? isQuestionBank || isActive(to)
      : isActive(to) && !(to === paths.contests && isQuestionBank);
  // The organizer console is a desktop tool with wide tables; participants' pages stay narrow for reading.
  const wide = location.pathname.startsWith(paths.organizer);

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
              aria-expanded={navOpened}
              aria-controls="app-nav"
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

      <AppShell.Navbar p="xs" id="app-nav" inert={navHidden}>
        <Text size="sm" fw={500} px="sm" py="xs" hiddenFrom="md" truncate="end">
          {user.fullName}
        </Text>
        <NavLinks links={links} isActive={isActive} onNavigate={nav.close} />
        {organizerLinks.length > 0 && (
          <>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
              {t('nav.organizer')}
            </Text>
            <NavLinks links={organizerLinks} isActive={organizerLinkActive} onNavigate={nav.close} />
          </>
        )}
      </AppShell.Navbar>

      <AppShell.Main>
        <Container size={wide ? 'xl' : 'md'} px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}

function NavLinks({
  links,
  isActive,
  onNavigate,
}: {
  links: readonly NavItem[];
  isActive: (to: string) => boolean;
  onNavigate: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {links.map((link) => (
        <NavLink
          key={link.to}
          component={Link}
          to={link.to}
          label={t(link.labelKey)}
          active={isActive(link.to)}
          onClick={onNavigate}
          data-testid={link.testId}
        />
      ))}
    </>
  );
}
