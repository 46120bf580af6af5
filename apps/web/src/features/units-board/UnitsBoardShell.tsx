import { Outlet, useSearchParams } from 'react-router-dom';

import { OpenLayout } from '../layout/OpenLayout';
import { readBoardParams } from './board-params';

/** The board's frame: the usual menu and header, or none at all on a projector. */
export function UnitsBoardShell() {
  const [search] = useSearchParams();
  return readBoardParams(search).projector ? <Outlet /> : <OpenLayout />;
}
