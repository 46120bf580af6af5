import { VOTE_ANOMALY_RULES, type Stage, type VoteAudit } from '@contest/contracts';
import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../../lib/format';
import { ErrorState } from '../../../shared/ErrorState';
import { LabeledValue } from '../../../shared/LabeledValue';
import { PageLoader } from '../../../shared/PageLoader';
import { ExportButton } from '../exports/ExportButton';
import { FreshWaveList } from './FreshWaveList';
import { usePointsFormat } from './use-points-format';
import { useVoteAudit } from './use-vote-audit';
import { VoidVotesDialog } from './VoidVotesDialog';
import { VoteAddressList } from './VoteAddressList';
import { addressTarget, auditSummary, flaggedFirst, waveTarget, type VoidTarget } from './vote-audit';

/** Organizer: a stage's public votes by address and by fresh accounts, the anomalies flagged, voiding and export. */
export function VoteAuditCard({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const audit = useVoteAudit(stage.id);

  let body;
  if (audit.isPending) body = <PageLoader />;
  else if (audit.isError) body = <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />;
  else body = <VoteAuditView stage={stage} audit={audit.data} />;

  return (
    <Stack gap="sm" data-testid="vote-audit">
      <Group justify="space-between" gap="xs">
        <Title order={3} size="h4">
          {t('judgingAdmin.votes.title')}
        </Title>
        <Button
          variant="subtle"
          size="compact-sm"
          ml="auto"
          loading={audit.isFetching}
          onClick={() => void audit.refetch()}
          data-testid="vote-audit-refresh"
        >
          {t('judgingAdmin.votes.refresh')}
        </Button>
      </Group>
      {body}
    </Stack>
  );
}

function VoteAuditView({ stage, audit }: { stage: Stage; audit: VoteAudit }) {
  const { t, i18n } = useTranslation();
  const format = usePointsFormat();
  const [target, setTarget] = useState<VoidTarget | null>(null);
  const summary = auditSummary(audit);
  // The server refuses once the stage is locked: the counts are kept as they were at locking.
  const canVoid = stage.lockedAt === null;

  return (
    <Stack gap="md">
      <Card withBorder padding="md" data-testid="vote-totals">
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="xs">
          <LabeledValue
            label={t('judgingAdmin.votes.totals.live')}
            value={format.count(audit.votes)}
            size="lg"
          />
          <LabeledValue
            label={t('judgingAdmin.votes.totals.voided')}
            value={format.count(audit.voided)}
            size="lg"
          />
          <LabeledValue
            label={t('judgingAdmin.votes.totals.flaggedAddresses')}
            value={format.count(summary.flaggedAddresses)}
            size="lg"
          />
          <LabeledValue
            label={t('judgingAdmin.votes.totals.flaggedWaves')}
            value={format.count(summary.flaggedWaves)}
            size="lg"
          />
        </SimpleGrid>
      </Card>

      {!canVoid && stage.lockedAt && (
        <Alert color="gray" variant="light" data-testid="vote-void-locked">
          {t('judgingAdmin.votes.locked', { at: formatDateTime(stage.lockedAt, i18n.language) })}
        </Alert>
      )}

      <Stack gap="xs">
        <Text fw={600}>{t('judgingAdmin.votes.addresses.title')}</Text>
        <Text size="sm" c="dimmed">
          {t('judgingAdmin.votes.addresses.hint', { count: VOTE_ANOMALY_RULES.burstVotes })}
        </Text>
        <VoteAddressList
          addresses={flaggedFirst(audit.addresses)}
          onVoid={canVoid ? (address) => setTarget(addressTarget(address)) : undefined}
        />
        {audit.addressCount > audit.addresses.length && (
          <Text size="sm" c="dimmed" data-testid="vote-addresses-more">
            {t('judgingAdmin.votes.listed', { shown: audit.addresses.length, count: audit.addressCount })}
          </Text>
        )}
      </Stack>

      <Stack gap="xs">
        <Text fw={600}>{t('judgingAdmin.votes.waves.title')}</Text>
        <Text size="sm" c="dimmed">
          {t('judgingAdmin.votes.waves.hint', { count: VOTE_ANOMALY_RULES.freshWaveAccounts })}
        </Text>
        <FreshWaveList
          waves={flaggedFirst(audit.freshWaves)}
          onVoid={canVoid ? (wave) => setTarget(waveTarget(wave)) : undefined}
        />
        {audit.waveCount > audit.freshWaves.length && (
          <Text size="sm" c="dimmed" data-testid="vote-waves-more">
            {t('judgingAdmin.votes.listed', { shown: audit.freshWaves.length, count: audit.waveCount })}
          </Text>
        )}
      </Stack>

      <Card withBorder padding="md">
        <Stack gap="xs">
          <Text fw={600}>{t('judgingAdmin.votes.export.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('judgingAdmin.votes.export.hint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <ExportButton
              request={{ kind: 'stage_votes', stageId: stage.id }}
              label={t('judgingAdmin.votes.export.button')}
              testId="export-stage-votes"
            />
          </SimpleGrid>
        </Stack>
      </Card>

      {target && <VoidVotesDialog stageId={stage.id} target={target} onClose={() => setTarget(null)} />}
    </Stack>
  );
}
