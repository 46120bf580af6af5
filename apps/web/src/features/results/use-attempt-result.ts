import { SOCKET_EVENTS, attemptGradedEventSchema } from '@contest/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { callApi, queryKeys } from '../../api';
import { openLiveSocket } from '../../lib/live-socket';

const POLL_WHILE_GRADING_MS = 3_000;

/** An attempt's result; polled until graded in case the socket misses the event. */
export function useAttemptResult(attemptId: number) {
  return useQuery({
    queryKey: queryKeys.attemptResult(attemptId),
    queryFn: () => callApi('attemptResult', { params: { attemptId } }),
    refetchInterval: (query) => (query.state.data?.status === 'graded' ? false : POLL_WHILE_GRADING_MS),
  });
}

/** Refetches the result as soon as the server announces this attempt is graded. */
export function useRefetchWhenGraded(attemptId: number, waiting: boolean): void {
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!waiting) return;
    // The server joins the socket to the user's room from the session cookie.
    const socket = openLiveSocket();
    socket.on(SOCKET_EVENTS.attemptGraded, (payload: unknown) => {
      const event = attemptGradedEventSchema.safeParse(payload);
      if (event.success && event.data.attemptId === attemptId) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.attemptResult(attemptId) });
      }
    });
    return () => {
      socket.disconnect();
    };
  }, [attemptId, waiting, queryClient]);
}
