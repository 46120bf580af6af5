import { SOCKET_EVENTS, liveBoardSchema, type LiveBoard } from '@contest/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import { callApi, queryKeys } from '../../api';
import { withReceivedAt, type Received } from '../../lib/received-at';
import { JOIN_RETRY_DELAY_MS } from '../organizer/dashboard/dashboard-join';
import { newerBoard } from './live-board';
import { liveJoinOutcome } from './live-join';
import { openLiveSocket } from '../../lib/live-socket';

export type ReceivedBoard = Received<LiveBoard>;

/** While the socket is down the board is fetched now and then, so the hall still moves. */
const POLL_WHILE_DISCONNECTED_MS = 10_000;

/**
 * A live final as the hall sees it: the board from the join's answer on every (re)connect, every
 * board the server pushes after, and the public route as a fallback while the socket is down.
 * `joins` grows with every successful join, for pages that must refetch what they missed.
 */
export function useLiveBoard(stageId: number) {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [joins, setJoins] = useState(0);
  const live = connected && refusal === null;

  const board = useQuery({
    queryKey: queryKeys.liveBoard(stageId),
    queryFn: async ({ signal }) => {
      const fetched = await withReceivedAt(callApi('liveBoard', { params: { stageId }, signal }));
      return newerBoard(queryClient.getQueryData<ReceivedBoard>(queryKeys.liveBoard(stageId)), fetched);
    },
    refetchInterval: live ? false : POLL_WHILE_DISCONNECTED_MS,
    staleTime: 0,
  });

  useEffect(() => {
    const key = queryKeys.liveBoard(stageId);
    const socket = openLiveSocket();
    let retryTimer: ReturnType<typeof setTimeout> | undefined;

    const take = (payload: LiveBoard) => {
      if (payload.stageId !== stageId) return;
      const incoming: ReceivedBoard = { ...payload, receivedAt: Date.now() };
      queryClient.setQueryData<ReceivedBoard>(key, (current) => newerBoard(current, incoming));
    };
    const join = (refusalsSoFar: number) => {
      socket.emit(SOCKET_EVENTS.liveJoin, { stageId }, (ack: unknown) => {
        const outcome = liveJoinOutcome(ack, refusalsSoFar);
        if (outcome.kind === 'retry') {
          retryTimer = setTimeout(() => join(refusalsSoFar + 1), JOIN_RETRY_DELAY_MS);
          return;
        }
        if (outcome.kind === 'refused') {
          setRefusal(outcome.message);
          return;
        }
        setRefusal(null);
        if (outcome.board) take(outcome.board);
        else void queryClient.invalidateQueries({ queryKey: key });
        setJoins((count) => count + 1);
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
    socket.on(SOCKET_EVENTS.liveBoard, (payload: unknown) => {
      const parsed = liveBoardSchema.safeParse(payload);
      if (parsed.success) take(parsed.data);
    });
    return () => {
      clearTimeout(retryTimer);
      if (socket.connected) socket.emit(SOCKET_EVENTS.liveLeave, { stageId });
      socket.disconnect();
      setConnected(false);
      setRefusal(null);
    };
  }, [stageId, queryClient]);

  return { board, live, connected, refusal, joins };
}
