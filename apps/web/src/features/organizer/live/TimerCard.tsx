import type { LiveTimerAction } from '@contest/contracts';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useServerClock } from '../../../lib/use-server-clock';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import type { TimerTone } from '../../live-final/live-timer';
import { useLiveCountdown } from '../../live-final/use-live-countdown';
import type { ReceivedControl } from './live-control';
import { useTimerAction } from './use-live-actions';

const TONE_COLORS: Record<TimerTone, string | undefined> = {
  calm: undefined,
  warning: 'orange.7',
  ended: 'red.7',
};

/** The part's timer as the hall sees it, kept by the server: start, pause, back to the part's full time. */
export function TimerCard({ stageId, control }: { stageId: number; control: ReceivedControl }) {
  const { t } = useTranslation();
  const { board } = control;
  const clock = useServerClock(board.serverNow, control.receivedAt);
  const countdown = useLiveCountdown(board.timer, clock);
  const timer = useTimerAction(stageId);
  const onStage = board.current !== null;
  const act = (action: LiveTimerAction['action']) => timer.mutate(action);
  const busy = (action: LiveTimerAction['action']) => timer.isPending && timer.variables === action;

  return (
    <Card withBorder padding="md" data-testid="live-timer-card">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4">
            {t('live.control.timer.title')}
          </Title>
          {onStage && (
            <Badge variant="light" color={countdown.state === 'running' ? 'blue' : 'gray'}>
              {t(`live.timer.${countdown.state}`)}
            </Badge>
          )}
        </Group>
        <Text
          fz={{ base: 56, sm: 80 }}
          fw={800}
          lh={1}
          c={onStage ? TONE_COLORS[countdown.tone] : 'dimmed'}
          style={{ fontVariantNumeric: 'tabular-nums' }}
          role="timer"
          data-testid="live-control-timer"
        >
          {/* Nobody on stage has no part, so no time: not a red 00:00. */}
          {onStage ? countdown.text : '--:--'}
        </Text>
        {!onStage && (
          <Text size="sm" c="dimmed">
            {t('live.control.timer.nobody')}
          </Text>
        )}
        <Group gap="xs" wrap="wrap" preventGrowOverflow={false}>
          <Button
            size="md"
            onClick={() => act('start')}
            disabled={!onStage || countdown.state === 'running' || countdown.state === 'ended'}
            loading={busy('start')}
            data-testid="live-timer-start"
          >
            {t(countdown.state === 'paused' ? 'live.control.timer.resume' : 'live.control.timer.start')}
          </Button>
          <Button
            size="md"
            variant="light"
            onClick={() => act('pause')}
            disabled={countdown.state !== 'running'}
            loading={busy('pause')}
            data-testid="live-timer-pause"
          >
            {t('live.control.timer.pause')}
          </Button>
          <Button
            size="md"
            variant="default"
            onClick={() => act('reset')}
            disabled={!onStage || countdown.state === 'ready'}
            loading={busy('reset')}
            data-testid="live-timer-reset"
          >
            {t('live.control.timer.reset')}
          </Button>
        </Group>
        {timer.isError && <ErrorAlert error={timer.error} />}
      </Stack>
    </Card>
  );
}
