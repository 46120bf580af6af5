import type { LiveTimer } from '@contest/contracts';
import { useCallback, useEffect, useState } from 'react';

import type { ServerClock } from '../../lib/server-clock';
import { countdownText, timerRemainingMs, timerState, timerTone } from './live-timer';

/**
 * The part's countdown as the server keeps it, read from absolute times several times a second
 * and whenever the tab is shown again, so a throttled tab or a phone waking up shows the truth.
 */
export function useLiveCountdown(timer: LiveTimer, clock: ServerClock) {
  const read = useCallback(() => timerRemainingMs(timer, clock.now()), [timer, clock]);
  const [remainingMs, setRemainingMs] = useState(read);

  useEffect(() => {
    const tick = () => setRemainingMs(read());
    tick();
    if (!timer.running) return;
    const interval = window.setInterval(tick, 200);
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(interval);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [read, timer.running]);

  return {
    remainingMs,
    state: timerState(timer, remainingMs),
    tone: timerTone(remainingMs),
    text: countdownText(remainingMs),
  };
}
