import { useEffect, useMemo, useState } from 'react';

import { ServerClock } from './server-clock';

/** A clock synced to `serverNow` as it was when the response carrying it arrived. */
export function useServerClock(serverNow: string, receivedAt: number): ServerClock {
  return useMemo(() => new ServerClock(serverNow, receivedAt), [serverNow, receivedAt]);
}

/**
 * Whole seconds left until `target` in server time. Re-read from absolute times several times a second and
 * whenever the tab becomes visible again, so a throttled background tab shows the truth on return.
 */
export function useRemainingSeconds(clock: ServerClock, target: string): number {
  const [seconds, setSeconds] = useState(() => Math.ceil(clock.msUntil(target) / 1000));

  useEffect(() => {
    const tick = () => setSeconds(Math.ceil(clock.msUntil(target) / 1000));
    tick();
    const interval = window.setInterval(tick, 250);
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(interval);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [clock, target]);

  return seconds;
}
