import type { LiveSpot } from '@contest/contracts';
import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useServerClock } from '../../lib/use-server-clock';
import type { ReceivedBoard } from '../live-final/use-live-board';
import { useLiveCountdown } from '../live-final/use-live-countdown';

interface LiveHallNowProps {
  current: LiveSpot | null;
  /** The hall's board, for the team's name and the countdown; absent until it arrives. */
  board: ReceivedBoard | undefined;
  /** The team's name from the judge's own list, when it is one of theirs. */
  titleOf(entryId: number): string | null;
  partNames: readonly string[];
}

/** What happens in the hall now: the team on stage, its part, and the time it has left. */
export function LiveHallNow({ current, board, titleOf, partNames }: LiveHallNowProps) {
  const { t } = useTranslation();
  if (current === null)
    return (
      <Paper withBorder p="sm" radius="md" bg="gray.0" data-testid="live-hall-now">
        <Text size="sm" c="dimmed">
          {t('judging.live.nobodyOnStage')}
        </Text>
      </Paper>
    );
  const title =
    titleOf(current.entryId) ??
    board?.teams.find((team) => team.entryId === current.entryId)?.title ??
    t('live.unknownTeam');
  return (
    <Paper withBorder p="sm" radius="md" bg="blue.0" data-testid="live-hall-now">
      <Group justify="space-between" gap="xs" wrap="nowrap" align="center">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {t('judging.live.onStage')}
          </Text>
          <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Text>
          <Text size="sm">
            {t('live.partOf', {
              number: current.part + 1,
              count: partNames.length,
              name: partNames[current.part] ?? '',
            })}
          </Text>
        </Stack>
        {board && <HallTimer board={board} />}
      </Group>
    </Paper>
  );
}

function HallTimer({ board }: { board: ReceivedBoard }) {
  const clock = useServerClock(board.serverNow, board.receivedAt);
  const countdown = useLiveCountdown(board.timer, clock);
  return (
    <Text
      fw={800}
      fz={28}
      c={countdown.tone === 'calm' ? undefined : countdown.tone === 'warning' ? 'orange.7' : 'red.7'}
      style={{ fontVariantNumeric: 'tabular-nums', flexShrink: 0 }}
      role="timer"
      data-testid="live-judge-timer"
    >
      {countdown.text}
    </Text>
  );
}
