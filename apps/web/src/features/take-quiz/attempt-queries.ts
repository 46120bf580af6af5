import type { AttemptView } from '@contest/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';

import { callApi, queryKeys } from '../../api';
import { withReceivedAt, type Received } from '../../lib/received-at';
import { paths } from '../../shared/paths';

export type ReceivedAttempt = Received<AttemptView>;

/** The paper of an attempt. Loaded once: answers then live in the outbox, not in the query cache. */
export function useAttempt(attemptId: number) {
  return useQuery({
    queryKey: queryKeys.attempt(attemptId),
    queryFn: () => withReceivedAt(callApi('getAttempt', { params: { attemptId } })),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

/** Starts an attempt and opens it; the start response already is the paper, so it seeds the cache. */
export function useStartAttempt() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (roundId: number) => withReceivedAt(callApi('startAttempt', { params: { roundId } })),
    onSuccess: (attempt) => {
      queryClient.setQueryData<ReceivedAttempt>(queryKeys.attempt(attempt.id), attempt);
      void queryClient.invalidateQueries({ queryKey: queryKeys.currentRound });
      void navigate(paths.attempt(attempt.id));
    },
  });
}
