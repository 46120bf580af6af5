import { SOCKET_EVENTS, dashboardSnapshotSchema, type DashboardSnapshot } from '@contest/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import { callApi, queryKeys } from '../../../api';
import { newerSnapshot } from './dashboard-figures';
import { JOIN_RETRY_DELAY_MS, joinOutcome } from './dashboard-join';
import { openLiveSocket } from '../../../lib/live-socket';

/** While the socket is down the page still moves, just slower. */
const POLL_WHILE_DISCONNECTED_MS = 10_000;

/**
 * A round's live figures: the first snapshot from the api, then the ones the server pushes to the round's
 * dashboard room (at most one a second). The room is joined again after every reconnect, since a new
 * connection starts in no room; a refused join is tried once more before the refusal is shown.
 */
export function useLiveDashboard(roundId: number) {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const queryKey = queryKeys.dashboard(roundId);
  const live = connected && refusal === null;

  const snapshot = useQuery({
    queryKey,
    queryFn: () => callApi('roundDashboard', { params: { roundId } }),
    refetchInterval: live ? false : POLL_WHILE_DISCONNECTED_MS,
    staleTime: 0,
  });

  useEffect(() => {
    const key = queryKeys.dashboard(roundId);
    const socket = openLiveSocket();
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    const join = (refusalsSoFar: number) => {
      socket.emit(SOCKET_EVENTS.dashboardJoin, { roundId }, (ack: unknown) => {
        const outcome = joinOutcome(ack, refusalsSoFar);
        if (outcome.kind === 'retry')
          retryTimer = setTimeout(() => join(refusalsSoFar + 1), JOIN_RETRY_DELAY_MS);
        else setRefusal(outcome.kind === 'refused' ? outcome.message : null);
      });
    };
    socket.on('connect', () => {
      setConnected(true);
      join(0);
    });
    socket.on('disconnect', () => {
      clearTimeout(retryTimer);
      setConnected(false);
    });
    socket.on('connect_error', () => setConnected(false));
    socket.on(SOCKET_EVENTS.dashboardUpdate, (payload: unknown) => {
      const parsed = dashboardSnapshotSchema.safeParse(payload);
      if (!parsed.success || parsed.data.roundId !== roundId) return;
      queryClient.setQueryData<DashboardSnapshot>(key, (current) => newerSnapshot(current, parsed.data));
    });
    return () => {
      clearTimeout(retryTimer);
      if (socket.connected) socket.emit(SOCKET_EVENTS.dashboardLeave, { roundId });
      socket.disconnect();
      setConnected(false);
    };
  }, [roundId, queryClient]);

  return { snapshot, connected: live, refusal };
}
