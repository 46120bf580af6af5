import { Text } from '@mantine/core';
import { useEffect, useEffectEvent, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { splitDays } from '../../lib/format';
import { ServerClock } from '../../lib/server-clock';
import { useRemainingSeconds } from '../../lib/use-server-clock';

interface WindowCountdownProps {
  target: string;
  kind: 'closes' | 'opens';
  onReached(): void;
  /** The sentence around the time left, when it is not the call's own window (a unit's deadline). */
  sentence?(time: string): string;
}

/**
 * Time left until the window closes (or opens). The call's answer carries no server time, so the
 * device's clock counts; the server's phase, fetched again at zero, is what decides.
 */
export function WindowCountdown({ target, kind, onReached, sentence }: WindowCountdownProps) {
  const { t } = useTranslation();
  const clock = useMemo(() => new ServerClock(new Date().toISOString(), Date.now()), []);
  const seconds = useRemainingSeconds(clock, target);
  const reached = seconds <= 0;
  const report = useEffectEvent(onReached);
  useEffect(() => {
    if (reached) report();
  }, [reached]);

  const { days, clock: rest } = splitDays(seconds);
  const time = days > 0 ? t('entries.window.daysAndClock', { days, clock: rest }) : rest;
  return (
    <Text
      size="sm"
      fw={600}
      c={kind === 'closes' && seconds < 24 * 3600 ? 'red' : undefined}
      role="timer"
      style={{ fontVariantNumeric: 'tabular-nums' }}
      data-testid="window-countdown"
    >
      {sentence
        ? sentence(time)
        : t(kind === 'closes' ? 'entries.window.closesIn' : 'entries.window.opensIn', { time })}
    </Text>
  );
}
