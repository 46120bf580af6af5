import type { EntryOriginality } from '@contest/contracts';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDateTime } from '../../../lib/format';
import { ErrorState } from '../../../shared/ErrorState';
import { NotFoundPage } from '../../../shared/NotFoundPage';
import { PageLoader } from '../../../shared/PageLoader';
import { paths } from '../../../shared/paths';
import { useIdParam } from '../../../shared/use-id-param';
import { MatchComparison } from './MatchComparison';
import { OriginalityDecisionBadge } from './OriginalityBadges';
import { OriginalityDecisionModal, type DecisionTarget } from './OriginalityDecisionModal';
import { decidedMatch } from './originality-view';
import { useEntryOriginality } from './use-initiative-admin';

export function OriginalityComparePage() {
  const trackId = useIdParam('trackId');
  const entryId = useIdParam('entryId');
  return trackId === null || entryId === null ? (
    <NotFoundPage />
  ) : (
    <OriginalityCompare key={entryId} trackId={trackId} entryId={entryId} />
  );
}

/** One initiative beside each likely duplicate, and the organizer's decision on it. */
function OriginalityCompare({ trackId, entryId }: { trackId: number; entryId: number }) {
  const { t } = useTranslation();
  const data = useEntryOriginality(entryId);
  const [target, setTarget] = useState<DecisionTarget | null>(null);

  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Anchor component={Link} to={paths.originality(trackId)} size="sm">
          {t('initiativeAdmin.compare.back')}
        </Anchor>
        <Title order={2}>{t('initiativeAdmin.compare.title')}</Title>
      </Stack>
      {data.isPending ? (
        <PageLoader />
      ) : data.isError ? (
        <ErrorState error={data.error} onRetry={() => void data.refetch()} />
      ) : (
        <>
          <Text fw={700} style={{ overflowWrap: 'anywhere' }} data-testid="originality-entry-title">
            <Text span c="dimmed" fw={500}>
              #{data.data.entryId}
            </Text>{' '}
            {data.data.title}
          </Text>
          <DecisionPanel data={data.data} onOriginal={() => setTarget({ decision: 'original' })} />
          {data.data.matches.length === 0 ? (
            <Text c="dimmed" data-testid="originality-no-match">
              {t('initiativeAdmin.compare.noMatches')}
            </Text>
          ) : (
            data.data.matches.map((match) => (
              <MatchComparison
                key={`${match.source}-${match.id}`}
                trackId={trackId}
                data={data.data}
                match={match}
                decided={data.data.originality.decision === 'duplicate' && decidedMatch(data.data) === match}
                onDuplicate={() => setTarget({ decision: 'duplicate', match })}
              />
            ))
          )}
          <OriginalityDecisionModal data={data.data} target={target} onClose={() => setTarget(null)} />
        </>
      )}
    </Stack>
  );
}

/** What was decided, by whom and when, and the way to call it new. */
function DecisionPanel({ data, onOriginal }: { data: EntryOriginality; onOriginal: () => void }) {
  const { t, i18n } = useTranslation();
  const { originality } = data;
  const match = decidedMatch(data);
  const ofWhat =
    originality.ofEntryId !== null
      ? t('initiativeAdmin.originality.source.entry', { id: originality.ofEntryId })
      : originality.ofRegisterId !== null
        ? t('initiativeAdmin.originality.source.register', { id: originality.ofRegisterId })
        : null;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="originality-decision-panel">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 260px', minWidth: 0 }}>
          <Group gap="xs">
            <Text size="sm" fw={500}>
              {t('initiativeAdmin.compare.decision')}
            </Text>
            <OriginalityDecisionBadge decision={originality.decision} hasMatch={data.matches.length > 0} />
          </Group>
          {originality.decision === 'duplicate' && ofWhat && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('initiativeAdmin.compare.duplicateOf', { source: ofWhat, title: match?.title ?? '' })}
            </Text>
          )}
          {originality.reason && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="originality-decision-reason">
              {t('initiativeAdmin.compare.reason', { reason: originality.reason })}
            </Text>
          )}
          {originality.decidedAt ? (
            <Text size="xs" c="dimmed" data-testid="originality-decided-by">
              {t('initiativeAdmin.originality.decidedBy', {
                name: originality.decidedByName ?? '—',
                at: formatDateTime(originality.decidedAt, i18n.language),
              })}
            </Text>
          ) : (
            data.matches.length > 0 && (
              <Text size="xs" c="dimmed">
                {t('initiativeAdmin.compare.undecidedHint')}
              </Text>
            )
          )}
        </Stack>
        {originality.decision !== 'original' && (
          <Button
            color="green"
            variant="light"
            size="xs"
            onClick={onOriginal}
            data-testid="originality-decide-original"
          >
            {t('initiativeAdmin.compare.original')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
