import { useCallback, useEffect, useState } from 'react';

/**
 * What a screen left on in a hall needs from the browser: no page scroll behind the board, the screen
 * kept awake where the browser allows it (a wake lock), and a way in and out of full screen.
 */
export function useProjectorScreen() {
  const [fullscreen, setFullscreen] = useState(() => document.fullscreenElement !== null);

  useEffect(() => {
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    let lock: WakeLockSentinel | null = null;
    let ended = false;
    const requestLock = () => {
      if (document.visibilityState !== 'visible' || !('wakeLock' in navigator)) return;
      navigator.wakeLock
        .request('screen')
        .then((sentinel) => {
          if (ended) void sentinel.release();
          else lock = sentinel;
        })
        // Refused (battery saver, an unsupported browser): the board still works, the screen may dim.
        .catch(() => undefined);
    };
    // The browser drops the lock whenever the tab is hidden; take it again on coming back.
    const onVisibility = () => requestLock();
    const onFullscreen = () => setFullscreen(document.fullscreenElement !== null);
    requestLock();
    document.addEventListener('visibilitychange', onVisibility);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      ended = true;
      document.body.style.overflow = overflow;
      document.removeEventListener('visibilitychange', onVisibility);
      document.removeEventListener('fullscreenchange', onFullscreen);
      void lock?.release();
    };
  }, []);

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);

  const leaveFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
  }, []);

  return { fullscreen, toggleFullscreen, leaveFullscreen };
}
