import type { LiveControl, LiveSpot } from '@contest/contracts';

import type { Received } from '../../../lib/received-at';
import type { ReceivedBoard } from '../../live-final/use-live-board';

export type ReceivedControl = Received<LiveControl>;
export type WindowState = LiveControl['progress'][number]['state'];

/** An action's answer, a refetch and a pushed board can cross: the higher board version wins. */
export function newerControl(
  current: ReceivedControl | undefined,
  incoming: ReceivedControl,
): ReceivedControl {
  if (!current || current.board.stageId !== incoming.board.stageId) return incoming;
  return incoming.board.version >= current.board.version ? incoming : current;
}

/**
 * A board pushed to the hall updates the control screen at once (the timer, the team on stage);
 * what only organizers see (who has not scored, every total) follows with the next refetch.
 */
export function withPushedBoard(control: ReceivedControl, board: ReceivedBoard): ReceivedControl {
  if (board.stageId !== control.board.stageId || board.version < control.board.version) return control;
  const { receivedAt, ...rest } = board;
  return { ...control, board: rest, receivedAt };
}

export interface ScoringWindow {
  state: WindowState;
  /** Names of the panel's judges who have not finished this part. */
  missing: string[];
}

/** Where a team's part stands: open or not, and whose sheets are still missing. */
export function scoringWindow(
  control: Pick<LiveControl, 'progress' | 'judges'>,
  spot: LiveSpot,
): ScoringWindow {
  const row = control.progress.find((p) => p.entryId === spot.entryId && p.part === spot.part);
  if (!row) return { state: 'not_opened', missing: [] };
  const names = new Map(control.judges.map((judge) => [judge.id, judge.fullName]));
  // A judge no longer on the panel's list is still named, by number, rather than silently dropped.
  return { state: row.state, missing: row.missing.map((id) => names.get(id) ?? `#${id}`) };
}
