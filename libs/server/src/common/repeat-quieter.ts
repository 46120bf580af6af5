/**
 * One source's repeated errors, written at most once per `everyMs`: while Redis is down every
 * connection fails each retry, and a line per failure floods the log (and, read by nobody, a
 * pipe fills and blocks the process). The next line after a quiet spell says how many were left out.
 */
export function repeatQuieter(write: (message: string) => void, everyMs = 10_000): (message: string) => void {
  let lastAt = -Infinity;
  let skipped = 0;
  return (message) => {
    const now = Date.now();
    if (now - lastAt < everyMs) {
      skipped++;
      return;
    }
    write(skipped ? `${message} (and ${skipped} more like it)` : message);
    lastAt = now;
    skipped = 0;
  };
}
