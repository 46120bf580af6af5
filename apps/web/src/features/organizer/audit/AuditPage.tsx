import { AUDIT_ENTITIES, type AuditEntity, type AuditQuery } from '@contest/contracts';
import { Group, Pagination, Select, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { callApi, queryKeys } from '../../../api';
import { ErrorState } from '../../../shared/ErrorState';
import { PageLoader } from '../../../shared/PageLoader';
import { AuditEntries } from './AuditEntries';

const PAGE_SIZE = 50;

export function AuditPage() {
  const { t } = useTranslation();
  const [entityType, setEntityType] = useState<AuditEntity | null>(null);
  const [page, setPage] = useState(1);
  const query: Partial<AuditQuery> = { entityType: entityType ?? undefined, page, pageSize: PAGE_SIZE };
  const audit = useQuery({
    queryKey: queryKeys.audit(query),
    queryFn: () => callApi('auditLog', { query }),
    placeholderData: keepPreviousData,
  });

  const pageCount = Math.max(1, Math.ceil((audit.data?.total ?? 0) / PAGE_SIZE));
  return (
    <Stack gap="md">
      <Title order={2}>{t('organizer.audit.title')}</Title>
      <Group>
        <Select
          label={t('organizer.audit.entity')}
          placeholder={t('common.all')}
          data={AUDIT_ENTITIES.map((entity) => ({
            value: entity,
            label: t(`organizer.audit.entities.${entity}`),
          }))}
          value={entityType}
          onChange={(value) => {
            setEntityType(value as AuditEntity | null);
            setPage(1);
          }}
          clearable
          data-testid="audit-filter-entity"
        />
      </Group>
      {audit.isPending ? (
        <PageLoader />
      ) : audit.isError ? (
        <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />
      ) : audit.data.items.length === 0 ? (
        <Text c="dimmed">{t('organizer.audit.empty')}</Text>
      ) : (
        <Stack gap="sm">
          <AuditEntries entries={audit.data.items} />
          {pageCount > 1 && <Pagination total={pageCount} value={page} onChange={setPage} size="sm" />}
        </Stack>
      )}
    </Stack>
  );
}
