import { socketAckSchema } from '@contest/contracts';

import { refusalText } from '../../../api';

/** Refusals of `dashboard.join` retried after a connect before one is shown. */
export const JOIN_RETRIES = 1;
export const JOIN_RETRY_DELAY_MS = 1_000;

export type JoinOutcome = { kind: 'joined' } | { kind: 'retry' } | { kind: 'refused'; message: string };

/**
 * How to take the server's answer to a join, given how many refusals this connection already had.
 * A join sent right after connecting can be refused while the server still checks the session, so
 * the first refusal is retried; an answer that is not a refusal counts as joined, as it always has.
 */
export function joinOutcome(ack: unknown, refusalsSoFar: number): JoinOutcome {
  const parsed = socketAckSchema.safeParse(ack);
  if (!parsed.success || parsed.data.ok) return { kind: 'joined' };
  if (refusalsSoFar < JOIN_RETRIES) return { kind: 'retry' };
  return { kind: 'refused', message: refusalText(parsed.data.code, parsed.data.message) };
}
