import { UNIT_LEVELS, type UnitLevel } from '@contest/contracts';

import { BOARD_VIEWS, type BoardView } from './board-rows';

/**
 * What the board's address holds, so a projector's address can be saved with its tab and level:
 * `/units-board?projector=1&view=overall&level=commune`.
 */
export interface BoardParams {
  contestId: number | null;
  view: BoardView | null;
  level: UnitLevel | null;
  projector: boolean;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.find((candidate) => candidate === value) ?? null;

export function readBoardParams(search: URLSearchParams): BoardParams {
  const contest = search.get('contestId');
  const contestId = contest !== null && /^[1-9]\d{0,9}$/.test(contest) ? Number(contest) : null;
  return {
    contestId,
    view: oneOf(BOARD_VIEWS, search.get('view')),
    level: oneOf(UNIT_LEVELS, search.get('level')),
    projector: search.get('projector') === '1',
  };
}

/** The address with some choices changed; others (and unknown parameters) are kept. */
export function withBoardParams(search: URLSearchParams, change: Partial<BoardParams>): URLSearchParams {
  const next = new URLSearchParams(search);
  const set = (key: string, value: string | null) =>
    value === null ? next.delete(key) : next.set(key, value);
  if ('contestId' in change) set('contestId', change.contestId == null ? null : String(change.contestId));
  if ('view' in change) set('view', change.view ?? null);
  if ('level' in change) set('level', change.level ?? null);
  if ('projector' in change) set('projector', change.projector ? '1' : null);
  return next;
}
