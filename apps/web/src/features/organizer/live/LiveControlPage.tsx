import { Alert, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '../../../shared/ErrorState';
import { NotFoundPage } from '../../../shared/NotFoundPage';
import { PageLoader } from '../../../shared/PageLoader';
import { formatDateTime } from '../../../lib/format';
import { paths } from '../../../shared/paths';
import { useIdParam } from '../../../shared/use-id-param';
import { LiveBadge } from '../../live-final/LiveBadge';
import { StageHeader } from '../judging/StageHeader';
import { useAssignmentBoard, useTrack } from '../judging/use-stage-admin';
import type { ReceivedControl } from './live-control';
import { OnStageCard } from './OnStageCard';
import { RunningOrderCard } from './RunningOrderCard';
import { ScoringCard } from './ScoringCard';
import { spotKey } from '../../live-final/live-board';
import { StandingsCard } from './StandingsCard';
import { TimerCard } from './TimerCard';
import { useLiveControl } from './use-live-control';

/**
 * Organizer: a live final's control screen. The team and part on stage, the timer, judges'
 * scoring part by part, the reveals, and the running order; the hall's projector opens beside it.
 */
export function LiveControlPage() {
  const stageId = useIdParam('stageId');
  return stageId === null ? <NotFoundPage /> : <LiveControlView stageId={stageId} />;
}

function LiveControlView({ stageId }: { stageId: number }) {
  const { t } = useTranslation();
  const { control, live, refusal } = useLiveControl(stageId);
  // The stage and its track only title the page and lead to its sibling pages.
  const stage = useAssignmentBoard(stageId).data?.stage;
  const track = useTrack(stage?.trackId);

  let body;
  if (control.data) body = <Controls stageId={stageId} control={control.data} />;
  else if (control.isError)
    body = <ErrorState error={control.error} onRetry={() => void control.refetch()} />;
  else body = <PageLoader />;

  return (
    <Stack gap="md" data-testid="live-control">
      <StageHeader title={t('live.control.title')} stage={stage} track={track.data} current="live" />
      <Group gap="sm" justify="space-between" wrap="wrap" preventGrowOverflow={false}>
        <Group gap="xs" wrap="wrap" preventGrowOverflow={false}>
          <LiveBadge live={live} refusal={refusal} />
          {control.data && (
            <Text size="sm" c="dimmed">
              {control.data.board.trackTitle} · {control.data.board.stageName}
            </Text>
          )}
        </Group>
        <Button
          component="a"
          href={paths.liveBoard(stageId)}
          target="_blank"
          rel="noopener"
          variant="light"
          data-testid="live-open-projector"
        >
          {t('live.control.openProjector')}
        </Button>
      </Group>
      {refusal && (
        <Alert color="orange" variant="light">
          {refusal}
        </Alert>
      )}
      {body}
    </Stack>
  );
}

function Controls({ stageId, control }: { stageId: number; control: ReceivedControl }) {
  const { t, i18n } = useTranslation();
  const { board } = control;
  if (board.teams.length === 0 || board.parts.length === 0)
    return (
      <Alert color="gray" variant="light" data-testid="live-empty">
        {t(board.parts.length === 0 ? 'live.control.noParts' : 'live.control.noTeams')}
      </Alert>
    );
  if (board.lockedAt)
    return (
      <Stack gap="md">
        <Alert color="blue" variant="light" data-testid="live-locked">
          {t('live.control.locked', { at: formatDateTime(board.lockedAt, i18n.language) })}
        </Alert>
        <StandingsCard stageId={stageId} control={control} />
      </Stack>
    );
  const orderKey = board.teams.map((team) => `${team.entryId}@${team.order}`).join(',');
  return (
    <Grid gutter="md">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="md">
          {/* Keyed by the spot on stage: the choice starts again from what the hall now sees. */}
          <OnStageCard
            key={board.current ? spotKey(board.current) : 'nobody'}
            stageId={stageId}
            control={control}
          />
          <TimerCard stageId={stageId} control={control} />
          <ScoringCard stageId={stageId} control={control} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md">
          <StandingsCard stageId={stageId} control={control} />
          <RunningOrderCard key={orderKey} stageId={stageId} control={control} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
