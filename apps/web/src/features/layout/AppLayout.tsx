import { AppShell, Burger, Button, Container, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';

import { paths } from '../../shared/paths';
import { hasUnitDashboard, isOrganizer, useCurrentUser, useSignOut } from '../auth/session';
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
    { to: paths.publicResults, label: t('nav.results') },
  ];
  const organizerLinks = isOrganizer(user)
    ? [
        { to: paths.contests, label: t('nav.contests'), testId: 'nav-contests' },
        { to: paths.questionBanks, label: t('nav.questionBank'), testId: 'nav-questions' },
        { to: paths.exports, label: t('nav.exports'), testId: 'nav-exports' },
        { to: paths.audit, label: t('nav.audit'), testId: 'nav-audit' },
      ]
    : [];

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

interface NavItem {
  to: string;
  label: string;
  testId?: string;
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
  return (
    <>
      {links.map((link) => (
        <NavLink
          key={link.to}
          component={Link}
          to={link.to}
          label={link.label}
          active={isActive(link.to)}
          onClick={onNavigate}
          data-testid={link.testId}
        />
      ))}
    </>
  );
}
