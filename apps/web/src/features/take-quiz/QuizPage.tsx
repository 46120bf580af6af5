import { useEffect } from 'react';
import { Navigate } from 'react-router-dom';

import { browserStorage } from '../../lib/key-value-storage';
import { ErrorState } from '../../shared/ErrorState';
import { NotFoundPage } from '../../shared/NotFoundPage';
import { PageLoader } from '../../shared/PageLoader';
import { paths } from '../../shared/paths';
import { useIdParam } from '../../shared/use-id-param';
import { attemptStorageKey } from './answer-outbox';
import { useAttempt } from './attempt-queries';
import { QuizSession } from './QuizSession';

export function QuizPage() {
  const attemptId = useIdParam('attemptId');
  return attemptId === null ? <NotFoundPage /> : <AttemptLoader attemptId={attemptId} />;
}

function AttemptLoader({ attemptId }: { attemptId: number }) {
  const attempt = useAttempt(attemptId);
  const finished = attempt.data !== undefined && attempt.data.status !== 'in_progress';

  // Answers kept on this device are of no use once the attempt is over, however it ended.
  useEffect(() => {
    if (finished) browserStorage().removeItem(attemptStorageKey(attemptId));
  }, [finished, attemptId]);

  if (attempt.isPending) return <PageLoader />;
  if (attempt.isError) return <ErrorState error={attempt.error} onRetry={() => void attempt.refetch()} />;
  if (finished) return <Navigate to={paths.result(attemptId)} replace />;
  return <QuizSession key={attempt.data.id} attempt={attempt.data} />;
}
