import type { QuotaReport, Track } from '@contest/contracts';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { routeUrl } from '../../../api';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { ErrorState } from '../../../shared/ErrorState';
import { PageLoader } from '../../../shared/PageLoader';
import { paths } from '../../../shared/paths';
import { QuotaUnitList } from './QuotaUnitList';
import { filterQuotaUnits } from './quota-view';
import { useQuotaReport } from './use-initiative-admin';
import { InitiativeTrackPage } from './InitiativeTrackPage';

export function QuotasPage() {
  const { t } = useTranslation();
  return (
    <InitiativeTrackPage title={t('initiativeAdmin.quotas.title')} page="quotas">
      {(track) => <QuotasBody track={track} />}
    </InitiativeTrackPage>
  );
}

/** Who has forwarded enough by the units' deadline, and the list of those to chase. */
function QuotasBody({ track }: { track: Track }) {
  const { t } = useTranslation();
  const report = useQuotaReport(track.id);
  const [onlyShort, setOnlyShort] = useState(false);
  const [query, setQuery] = useState('');

  if (report.isPending) return <PageLoader />;
  if (report.isError) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;

  const shown = filterQuotaUnits(report.data.units, { onlyShort, query });
  return (
    <Stack gap="md">
      <QuotaSummary report={report.data} />
      {report.data.unitsWithoutAdmin > 0 && (
        <Alert color="orange" variant="light" data-testid="quota-no-admin">
          <Text size="sm">
            {t('initiativeAdmin.quotas.noAdminAlert', { count: report.data.unitsWithoutAdmin })}{' '}
            <Anchor component={Link} to={paths.units} size="sm">
              {t('initiativeAdmin.quotas.noAdminLink')}
            </Anchor>
          </Text>
        </Alert>
      )}
      <Group justify="space-between" align="flex-end" gap="sm">
        <Group gap="md" align="flex-end">
          <TextInput
            label={t('initiativeAdmin.quotas.search')}
            placeholder={t('initiativeAdmin.quotas.searchPlaceholder')}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            w={{ base: '100%', xs: 260 }}
            data-testid="quota-search"
          />
          <Switch
            label={t('initiativeAdmin.quotas.onlyShort', { count: report.data.unitsShort })}
            checked={onlyShort}
            onChange={(event) => setOnlyShort(event.currentTarget.checked)}
            mb={8}
            data-testid="quota-only-short"
          />
        </Group>
        <Button
          component="a"
          href={routeUrl('quotaReportXlsx', { params: { trackId: track.id } })}
          download
          variant="light"
          disabled={report.data.unitsShort === 0}
          data-testid="quota-xlsx"
        >
          {t('initiativeAdmin.quotas.xlsx')}
        </Button>
      </Group>
      {report.data.units.length === 0 ? (
        <Text c="dimmed" data-testid="quota-none">
          {t(
            report.data.quotas.length === 0
              ? 'initiativeAdmin.quotas.noQuotas'
              : 'initiativeAdmin.quotas.noUnits',
          )}
        </Text>
      ) : shown.length === 0 ? (
        <Text c="dimmed">{t('initiativeAdmin.quotas.noneHere')}</Text>
      ) : (
        <QuotaUnitList units={shown} />
      )}
    </Stack>
  );
}

function QuotaSummary({ report }: { report: QuotaReport }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const deadlinePassed = report.deadline !== null && Date.parse(report.deadline) < Date.now();
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" data-testid="quota-summary">
      <Paper withBorder p="xs" radius="sm">
        <Text size="xs" c="dimmed">
          {t('initiativeAdmin.quotas.deadline')}
        </Text>
        <Text fw={700} c={deadlinePassed ? 'red.8' : undefined} data-testid="quota-deadline">
          {report.deadline
            ? formatDateTime(report.deadline, i18n.language)
            : t('initiativeAdmin.quotas.noDeadline')}
        </Text>
      </Paper>
      <Paper withBorder p="xs" radius="sm">
        <Text size="xs" c="dimmed">
          {t('initiativeAdmin.quotas.rule')}
        </Text>
        {report.quotas.length === 0 ? (
          <Text fw={500}>{t('initiativeAdmin.quotas.noQuotasShort')}</Text>
        ) : (
          report.quotas.map((quota) => (
            <Text key={quota.level} fw={500} size="sm">
              {t('initiativeAdmin.quotas.ruleLine', {
                level: t(`units.levels.${quota.level}`),
                min: n(quota.min),
              })}
            </Text>
          ))
        )}
      </Paper>
      <Paper withBorder p="xs" radius="sm">
        <Text size="xs" c="dimmed">
          {t('initiativeAdmin.quotas.unitsShortLabel')}
        </Text>
        <Text fw={700} c={report.unitsShort > 0 ? 'red.8' : 'green.8'} data-testid="quota-units-short">
          {t('initiativeAdmin.quotas.unitsShort', {
            short: n(report.unitsShort),
            total: n(report.units.length),
          })}
        </Text>
      </Paper>
    </SimpleGrid>
  );
}
