import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';

import { ErrorState } from '../../shared/ErrorState';
import { PageLoader } from '../../shared/PageLoader';
import { paths } from '../../shared/paths';
import { isJudge, useCurrentUser } from '../auth/session';
import { stageProgress, stagesOpenFirst } from './judge-progress';
import { useJudgeWork } from './judge-queries';
import { StageWorkCard } from './StageWorkCard';

/** Where a judge lands: every stage they sit on, their entries in their own order, and how far they are. */
export function JudgingHomePage() {
  const user = useCurrentUser();
  if (!isJudge(user)) return <Navigate to={paths.home} replace />;
  return <JudgingHome fullName={user.fullName} />;
}

function JudgingHome({ fullName }: { fullName: string }) {
  const { t } = useTranslation();
  const work = useJudgeWork();
  const stages = work.data?.stages ?? [];
  const overall = stageProgress(stages.flatMap((s) => s.entries));
  return (
    <Stack gap="md" data-testid="judging-home">
      <Stack gap={0}>
        <Title order={2}>{t('judging.title')}</Title>
        <Text c="dimmed">{t('judging.greeting', { name: fullName })}</Text>
      </Stack>
      {work.isPending ? (
        <PageLoader />
      ) : work.isError ? (
        <ErrorState error={work.error} onRetry={() => void work.refetch()} />
      ) : stages.length === 0 ? (
        <Alert color="gray" variant="light" title={t('judging.empty.title')} data-testid="judging-empty">
          {t('judging.empty.body')}
        </Alert>
      ) : (
        <>
          <Text data-testid="judging-overall">
            {overall.done === overall.total
              ? t('judging.overallDone', { total: overall.total })
              : t('judging.overall', { done: overall.done, total: overall.total })}
          </Text>
          {/* Each judge's own random order is for stages scored at their own pace, not a hall's. */}
          {stages.some((s) => s.stage.kind !== 'live_final') && (
            <Text size="sm" c="dimmed">
              {t('judging.orderNote')}
            </Text>
          )}
          {stagesOpenFirst(stages).map((stage) => (
            <StageWorkCard key={stage.stage.id} work={stage} />
          ))}
        </>
      )}
    </Stack>
  );
}
