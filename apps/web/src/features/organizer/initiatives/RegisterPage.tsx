import { REGISTER_PAGE_SIZE } from '@contest/contracts';
import { Group, Loader, Pagination, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../../lib/format';
import { ErrorState } from '../../../shared/ErrorState';
import { PageLoader } from '../../../shared/PageLoader';
import { RegisterImportPanel } from './RegisterImportPanel';
import { RegisterList } from './RegisterList';
import { useInitiativeRegister } from './use-initiative-admin';

/** Rows per page of the register, as the api pages it. */

/** The register of initiatives already applied, which every new initiative is compared with. */
export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const register = useInitiativeRegister(q, page);
  const pages = register.data ? Math.max(1, Math.ceil(register.data.total / REGISTER_PAGE_SIZE)) : 1;

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2}>{t('initiativeAdmin.register.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('initiativeAdmin.register.subtitle')}
        </Text>
      </Stack>
      <RegisterImportPanel />
      <Group justify="space-between" align="flex-end" gap="sm">
        <TextInput
          label={t('initiativeAdmin.register.search')}
          placeholder={t('initiativeAdmin.register.searchPlaceholder')}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
          rightSection={register.isFetching ? <Loader size="xs" /> : null}
          w={{ base: '100%', xs: 360 }}
          data-testid="register-search"
        />
        {register.data && register.data.total > 0 && (
          <Text size="sm" c="dimmed" data-testid="register-total">
            {t('initiativeAdmin.register.total', { total: formatNumber(register.data.total, i18n.language) })}
          </Text>
        )}
      </Group>
      {register.isPending ? (
        <PageLoader />
      ) : register.isError ? (
        <ErrorState error={register.error} onRetry={() => void register.refetch()} />
      ) : register.data.items.length === 0 ? (
        <Text c="dimmed" data-testid="register-empty">
          {t(q ? 'initiativeAdmin.register.noneFound' : 'initiativeAdmin.register.empty')}
        </Text>
      ) : (
        <>
          <RegisterList rows={register.data.items} />
          {pages > 1 && (
            <Pagination
              total={pages}
              value={page}
              onChange={setPage}
              siblings={0}
              size="sm"
              data-testid="register-pages"
            />
          )}
        </>
      )}
    </Stack>
  );
}
