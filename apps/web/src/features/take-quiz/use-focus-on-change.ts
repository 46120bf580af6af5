import { useEffect, useRef } from 'react';

/**
 * Focuses the returned ref's element whenever `key` changes (not on mount), so a screen reader or
 * keyboard user lands on the new question rather than on the button that led to it.
 */
export function useFocusOnChange<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  const previous = useRef(key);

  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    // The page scrolls to the top by itself; focusing must not jump it elsewhere.
    ref.current?.focus({ preventScroll: true });
  }, [key]);

  return ref;
}
