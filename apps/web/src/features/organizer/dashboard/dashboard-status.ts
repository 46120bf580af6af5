import type { RoundAdmin } from '@contest/contracts';

export type DashboardStatus = 'upcoming' | 'live' | 'reconnecting' | 'closed';

/**
 * What the dashboard's badge says. Outside the round's window the figures are not live whatever the
 * socket does, so the window comes first; `at` is the snapshot's server time, so the badge turns to
 * "closed" at the close even if the page's clock is off. Without the round, only the connection is known.
 */
export function dashboardStatus(
  round: Pick<RoundAdmin, 'opensAt' | 'closesAt'> | undefined,
  at: string,
  connected: boolean,
): DashboardStatus {
  const now = Date.parse(at);
  if (round && now < Date.parse(round.opensAt)) return 'upcoming';
  if (round && now >= Date.parse(round.closesAt)) return 'closed';
  return connected ? 'live' : 'reconnecting';
}
