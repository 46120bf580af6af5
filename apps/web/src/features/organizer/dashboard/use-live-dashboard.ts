import { SOCKET_EVENTS, dashboardSnapshotSchema, type DashboardSnapshot } from '@contest/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { io } from 'socket.io-client';

import { callApi, queryKeys } from '../../../api';
import { newerSnapshot } from './dashboard-figures';

/** While the socket is down the page still moves, just slower. */
const POLL_WHILE_DISCONNECTED_MS = 10_000;

/**
 * A round's live figures: the first snapshot from the api, then the ones the server pushes to the round's
 * dashboard room (at most one a second). The room is joined again after every reconnect, since a new
 * connection starts in no room.
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
    const socket = io({ path: '/socket.io', withCredentials: true });
    socket.on('connect', () => {
      setConnected(true);
      // The server acknowledges a join with { ok } and, when it refuses, a message for people.
      socket.emit(SOCKET_EVENTS.dashboardJoin, { roundId }, (ack: unknown) => {
        const answer = ack as { ok?: unknown; message?: unknown } | null | undefined;
        setRefusal(answer?.ok === false && typeof answer.message === 'string' ? answer.message : null);
      });
    });
    socket.on('disconnect', () => setConnected(false));
    socket.on('connect_error', () => setConnected(false));
    socket.on(SOCKET_EVENTS.dashboardUpdate, (payload: unknown) => {
      const parsed = dashboardSnapshotSchema.safeParse(payload);
      if (!parsed.success || parsed.data.roundId !== roundId) return;
      queryClient.setQueryData<DashboardSnapshot>(key, (current) => newerSnapshot(current, parsed.data));
    });
    return () => {
      if (socket.connected) socket.emit(SOCKET_EVENTS.dashboardLeave, { roundId });
      socket.disconnect();
      setConnected(false);
    };
  }, [roundId, queryClient]);

  return { snapshot, connected: live, refusal };
}
