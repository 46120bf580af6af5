import { liveJoinAckSchema, type LiveBoard } from '@contest/contracts';

import { refusalText } from '../../api';
import { JOIN_RETRIES } from '../organizer/dashboard/dashboard-join';

export type LiveJoinOutcome =
  { kind: 'joined'; board: LiveBoard | null } | { kind: 'retry' } | { kind: 'refused'; message: string };

/**
 * The server's answer to `live.join`: the board as it is, shown at once, so a projector that reloads
 * or reconnects never shows an old state. A refusal is retried once (the first join after a connect
 * can race the session check); an answer of another shape counts as joined, and the board is fetched.
 */
export function liveJoinOutcome(ack: unknown, refusalsSoFar: number): LiveJoinOutcome {
  const parsed = liveJoinAckSchema.safeParse(ack);
  if (!parsed.success) return { kind: 'joined', board: null };
  if (parsed.data.ok) return { kind: 'joined', board: parsed.data.board };
  if (refusalsSoFar < JOIN_RETRIES) return { kind: 'retry' };
  return { kind: 'refused', message: refusalText(parsed.data.code, parsed.data.message) };
}
