import { useCallback, useEffect, useState } from 'react';

import { PROJECTOR_PAGE_MS, clampPage, nextPage, previousPage } from './projector-pages';

/**
 * Turns the projector's pages by themselves every few seconds; the arrow keys turn them by hand and
 * the space bar pauses. Turning by hand starts the wait for the next page over.
 */
export function usePageCycle(pageCount: number) {
  const [page, setPage] = useState(0);
  const [paused, setPaused] = useState(false);
  // Bumped on every manual turn so the timer restarts from zero.
  const [turns, setTurns] = useState(0);
  const current = clampPage(page, pageCount);

  useEffect(() => {
    if (paused || pageCount <= 1) return;
    const timer = setInterval(() => setPage((index) => nextPage(index, pageCount)), PROJECTOR_PAGE_MS);
    return () => clearInterval(timer);
  }, [paused, pageCount, turns]);

  const forward = useCallback(() => {
    setPage((index) => nextPage(index, pageCount));
    setTurns((count) => count + 1);
  }, [pageCount]);
  const back = useCallback(() => {
    setPage((index) => previousPage(index, pageCount));
    setTurns((count) => count + 1);
  }, [pageCount]);
  const togglePause = useCallback(() => setPaused((value) => !value), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select')) return;
      if (event.key === 'ArrowRight' || event.key === 'PageDown') forward();
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') back();
      else if (event.key === ' ') {
        event.preventDefault();
        togglePause();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [forward, back, togglePause]);

  /** Changes whenever the wait for the next page starts over: a key to restart a countdown with. */
  const waitKey = `${current}:${pageCount}:${turns}:${paused}`;
  return { page: current, paused, waitKey, forward, back, togglePause };
}
