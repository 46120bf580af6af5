import { Stack, Text } from '@mantine/core';
import { useEffect, useEffectEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { splitDays } from '../../lib/format';
import type { ServerClock } from '../../lib/server-clock';
import { useRemainingSeconds } from '../../lib/use-server-clock';

interface RoundCountdownProps {
  clock: ServerClock;
  target: string;
  label: string;
  onElapsed(): void;
}

export function RoundCountdown({ clock, target, label, onElapsed }: RoundCountdownProps) {
  const { t } = useTranslation();
  const seconds = useRemainingSeconds(clock, target);
  const elapsed = seconds <= 0;
  const reportElapsed = useEffectEvent(onElapsed);

  useEffect(() => {
    if (elapsed) reportElapsed();
  }, [elapsed]);

  const { days, clock: time } = splitDays(seconds);
  return (
    <Stack gap={0} align="center" role="timer">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {days > 0 ? t('home.countdownWithDays', { days, time }) : time}
      </Text>
    </Stack>
  );
}
