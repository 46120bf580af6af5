import { ErrorState } from '../../shared/ErrorState';
import { NotFoundPage } from '../../shared/NotFoundPage';
import { PageLoader } from '../../shared/PageLoader';
import { useIdParam } from '../../shared/use-id-param';
import { LiveProjector } from './LiveProjector';
import { useLiveBoard } from './use-live-board';

/** Public, no sign-in: the hall's projector for one live final. */
export function LiveProjectorPage() {
  const stageId = useIdParam('stageId');
  return stageId === null ? <NotFoundPage /> : <Projector stageId={stageId} />;
}

function Projector({ stageId }: { stageId: number }) {
  const { board, live, refusal, joins } = useLiveBoard(stageId);
  // A failed refetch keeps the board on screen: the hall sees the last state, marked as reconnecting.
  if (board.data)
    return <LiveProjector board={board.data} live={live} joinedBefore={joins > 0} refusal={refusal} />;
  if (board.isError) return <ErrorState error={board.error} onRetry={() => void board.refetch()} />;
  return <PageLoader />;
}
