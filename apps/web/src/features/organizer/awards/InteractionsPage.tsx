import type { StageResults } from '@contest/contracts';
import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '../../../shared/ErrorState';
import { NotFoundPage } from '../../../shared/NotFoundPage';
import { PageLoader } from '../../../shared/PageLoader';
import { useIdParam } from '../../../shared/use-id-param';
import { isScoredKind } from '../clips/stage-kind';
import { useStageResults } from '../judging/use-stage-admin';
import { InteractionImport } from './InteractionImport';
import { InteractionSheetCard } from './InteractionSheetCard';
import { InteractionsHeader } from './InteractionsHeader';
import { PublicSourceCard } from './PublicSourceCard';

/**
 * Organizer: a scored stage's public points from likes and shares counted on a social page — the
 * switch from gallery votes, then the counts typed in per entry.
 */
export function InteractionsPage() {
  const stageId = useIdParam('stageId');
  return stageId === null ? <NotFoundPage /> : <Interactions stageId={stageId} />;
}

function Interactions({ stageId }: { stageId: number }) {
  // The stage's own results read carries the stage as it is now and its track.
  const results = useStageResults(stageId);
  if (results.isPending) return <PageLoader />;
  if (results.isError) return <ErrorState error={results.error} onRetry={() => void results.refetch()} />;
  return <InteractionsBody data={results.data} />;
}

function InteractionsBody({ data }: { data: StageResults }) {
  const { t } = useTranslation();
  const { stage, track } = data;
  return (
    <Stack gap="md">
      <InteractionsHeader stage={stage} track={track} />
      {!isScoredKind(stage.kind) ? (
        <Alert color="gray" variant="light">
          {t('awards.interactions.notScored')}
        </Alert>
      ) : (
        <>
          <PublicSourceCard stage={stage} />
          {stage.publicSource === 'counts' ? (
            <>
              <InteractionSheetCard stage={stage} />
              {!stage.lockedAt && <InteractionImport stageId={stage.id} />}
            </>
          ) : (
            <Alert color="blue" variant="light" data-testid="interaction-votes">
              {t('awards.interactions.votesNote')}
            </Alert>
          )}
        </>
      )}
    </Stack>
  );
}
