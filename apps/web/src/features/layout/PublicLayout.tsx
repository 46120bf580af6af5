import { AppShell, Group } from '@mantine/core';
import { Outlet } from 'react-router-dom';

import { AppTitle } from './AppTitle';
import { LanguageSwitch } from './LanguageSwitch';

export function PublicLayout() {
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <AppTitle />
          <LanguageSwitch />
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
