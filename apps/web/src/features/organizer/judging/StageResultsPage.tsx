import type { StageResults } from '@contest/contracts';
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { AdvancementNote } from '../../../shared/Advancement';
import { ErrorState } from '../../../shared/ErrorState';
import { NotFoundPage } from '../../../shared/NotFoundPage';
import { PageLoader } from '../../../shared/PageLoader';
import { paths } from '../../../shared/paths';
import { useIdParam } from '../../../shared/use-id-param';
import { AdvanceCard } from './AdvanceCard';
import { isScoredKind } from '../clips/stage-kind';
import { StageHeader } from './StageHeader';
import { StageResultsActions } from './StageResultsActions';
import { StandingsTable } from './StandingsTable';
import { useStageResults } from './use-stage-admin';
import { VoteAuditCard } from './VoteAuditCard';

/**
 * Organizer: a stage's ranking with every total traced to the sheets and votes, the lock and publish
 * steps, and with public voting the votes themselves (anomalies, voiding, export).
 */
export function StageResultsPage() {
  const stageId = useIdParam('stageId');
  return stageId === null ? <NotFoundPage /> : <StageResultsView stageId={stageId} />;
}

function StageResultsView({ stageId }: { stageId: number }) {
  const { t } = useTranslation();
  const results = useStageResults(stageId);

  let body;
  if (results.isPending) body = <PageLoader />;
  else if (results.isError)
    body = <ErrorState error={results.error} onRetry={() => void results.refetch()} />;
  else body = <Results data={results.data} />;

  return (
    <Stack gap="md">
      <StageHeader
        title={t('judgingAdmin.results.title')}
        stage={results.data?.stage}
        track={results.data?.track}
        current="results"
      />
      {body}
    </Stack>
  );
}

function Results({ data }: { data: StageResults }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <StageResultsActions data={data} />
      {data.incomplete > 0 && !data.published && (
        <Alert color="yellow" variant="light" data-testid="results-incomplete">
          {t('judgingAdmin.results.incomplete', { count: data.incomplete })}
        </Alert>
      )}
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('judgingAdmin.ranking.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {data.published
            ? t('judgingAdmin.ranking.frozen')
            : t(
                data.stage.lockedAt ? 'judgingAdmin.ranking.lockedHint' : 'judgingAdmin.ranking.liveHint',
              )}{' '}
          {t('judgingAdmin.ranking.traceHint')}
        </Text>
        {data.stage.tieBreaks.length > 0 && (
          <Text size="sm" c="dimmed" data-testid="results-tie-breaks">
            {t('judgingAdmin.ranking.tieBreaks', {
              list: data.stage.tieBreaks
                .map((key) =>
                  // Public points from likes and shares are not votes: the tie-break says which.
                  key === 'vote_points' && data.stage.publicSource === 'counts'
                    ? t('judgingAdmin.tieBreak.count_points')
                    : t(`judgingAdmin.tieBreak.${key}`),
                )
                .join(', '),
            })}
          </Text>
        )}
        {data.advancement && <AdvancementNote advancement={data.advancement} />}
        {data.track.stages.filter((s) => isScoredKind(s.kind)).length > 1 && (
          <Alert color="blue" variant="light" data-testid="results-stage-only">
            {t('judgingAdmin.results.stageOnly')}{' '}
            <Anchor component={Link} to={paths.awards(data.track.id)} size="sm">
              {t('judgingAdmin.results.awardsLink')}
            </Anchor>
          </Alert>
        )}
        {data.stage.votePoints > 0 && (
          <Anchor
            component={Link}
            to={paths.interactions(data.stage.id)}
            size="sm"
            data-testid="results-interactions-link"
          >
            {t(`awards.links.publicSource.${data.stage.publicSource}`)}
          </Anchor>
        )}
        <StandingsTable data={data} />
      </Stack>
      {/* Frozen copies (published) still advance: a published stage is locked too. */}
      <AdvanceCard data={data} />
      {data.stage.votePoints > 0 && data.stage.publicSource === 'votes' && (
        <VoteAuditCard stage={data.stage} />
      )}
    </Stack>
  );
}
