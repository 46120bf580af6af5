/** Outage answers a client may retry: each names what is away. */
export const OUTAGE_CODES = [
  'database_busy',
  'database_unavailable',
  'redis_unavailable',
  'service_unavailable',
];

/** What one answer was: its status and code, or that the connection itself failed (0). */
export interface Seen {
  status: number;
  code?: string;
}

/**
 * The quiz's outbox at the protocol level: sends until the server accepts, waiting a little
 * after a 503 (which must name its outage), a balancer's 502/504 or a dropped connection.
 * Anything else is a failure. Resolves with the time it was accepted.
 */
export async function sendUntilAccepted(
  send: () => Promise<{ status: number; body: { code?: string } }>,
  seen: Seen[],
  { accepted = [200, 201], timeoutMs = 20_000, retryStatuses = [] as number[] } = {},
): Promise<number> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const r = await send().catch(() => ({ status: 0, body: {} as { code?: string } }));
    seen.push({ status: r.status, code: r.body?.code });
    if (accepted.includes(r.status)) return Date.now();
    const retryable =
      r.status === 0 ||
      retryStatuses.includes(r.status) ||
      (r.status === 503 && OUTAGE_CODES.includes(r.body?.code ?? ''));
    if (!retryable) throw new Error(`refused while recovering: ${r.status} ${JSON.stringify(r.body)}`);
    if (Date.now() > until) throw new Error('never accepted');
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}
