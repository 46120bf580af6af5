import { useSearchParams } from 'react-router-dom';

import { ErrorState } from '../../shared/ErrorState';
import { PageLoader } from '../../shared/PageLoader';
import { readBoardParams, withBoardParams, type BoardParams } from './board-params';
import { defaultView } from './board-rows';
import { BoardView } from './BoardView';
import { ProjectorView } from './ProjectorView';
import { useLiveUnitsBoard } from './use-live-units-board';

/** Public: units ranked by participation, live; `?projector=1` fills a hall's screen instead. */
export function UnitsBoardPage() {
  const [search, setSearch] = useSearchParams();
  const params = readBoardParams(search);
  const { board, live } = useLiveUnitsBoard(params.contestId);
  // Choosing a tab or a level replaces the address rather than stacking history entries.
  const change = (next: Partial<BoardParams>) => setSearch(withBoardParams(search, next), { replace: true });

  if (board.isPending) return <PageLoader />;
  if (board.isError) return <ErrorState error={board.error} onRetry={() => void board.refetch()} />;
  const view = params.view ?? defaultView(board.data);
  const shared = { board: board.data, live, view, level: params.level, onChange: change };
  return params.projector ? <ProjectorView {...shared} /> : <BoardView {...shared} />;
}
