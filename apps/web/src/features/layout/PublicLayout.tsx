import { AppShell, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';

import { paths } from '../../shared/paths';
import { AppTitle } from './AppTitle';
import { LanguageSwitch } from './LanguageSwitch';

export function PublicLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const onAuthPage = pathname === paths.login || pathname === paths.register;
  // On a results page the link to results only crowds the title off a phone's header.
  const onResults = pathname.startsWith(paths.publicResults);
  const onUnitsBoard = pathname.startsWith(paths.unitsBoard);
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px={{ base: 'sm', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <AppTitle />
          <Group gap={4} wrap="nowrap">
            {!onResults && (
              <Button component={Link} to={paths.publicResults} variant="subtle" size="compact-sm" px={6}>
                {t('nav.results')}
              </Button>
            )}
            {!onUnitsBoard && (
              <Button component={Link} to={paths.unitsBoard} variant="subtle" size="compact-sm" px={6}>
                {t('unitsBoard.navShort')}
              </Button>
            )}
            {!onAuthPage && (
              <Button component={Link} to={paths.login} variant="subtle" size="compact-sm" px={6}>
                {t('auth.login.submit')}
              </Button>
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
