import { SOCKET_EVENTS, liveBoardSchema, liveChangedEventSchema, type LiveControl } from '@contest/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import { callApi, queryKeys } from '../../../api';
import { withReceivedAt } from '../../../lib/received-at';
import { liveJoinOutcome } from '../../live-final/live-join';
import { JOIN_RETRY_DELAY_MS, joinOutcome } from '../dashboard/dashboard-join';
import { newerControl, withPushedBoard, type ReceivedControl } from './live-control';
import { openLiveSocket } from '../../../lib/live-socket';

/** Judges' scores arrive in bursts when a part closes: one refetch for a burst. */
const REFETCH_DEBOUNCE_MS = 400;
const POLL_WHILE_DISCONNECTED_MS = 10_000;

/**
 * The control screen of a live final: fetched once, refetched (debounced) when the server says
 * something changed, and the hall's board put in at once when it is pushed. Both rooms are joined
 * again after every reconnect, and the screen refetched for what was missed.
 */
export function useLiveControl(stageId: number) {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const live = connected && refusal === null;

  const control = useQuery({
    queryKey: queryKeys.liveControl(stageId),
    queryFn: async ({ signal }) => {
      const fetched = await withReceivedAt(callApi('liveControl', { params: { stageId }, signal }));
      return newerControl(queryClient.getQueryData(queryKeys.liveControl(stageId)), fetched);
    },
    refetchInterval: live ? false : POLL_WHILE_DISCONNECTED_MS,
    staleTime: 0,
  });

  useEffect(() => {
    const key = queryKeys.liveControl(stageId);
    const socket = openLiveSocket();
    const timers = new Set<ReturnType<typeof setTimeout>>();
    let refetchTimer: ReturnType<typeof setTimeout> | undefined;
    let joinedBefore = false;
    const later = (run: () => void, ms: number) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        run();
      }, ms);
      timers.add(timer);
    };
    const refetchSoon = () => {
      clearTimeout(refetchTimer);
      refetchTimer = setTimeout(() => {
        void queryClient.invalidateQueries({ queryKey: key });
        // The page's header reads the stage's phase (scoring started, locked) from the stage itself.
        void queryClient.invalidateQueries({ queryKey: queryKeys.assignmentBoard(stageId) });
      }, REFETCH_DEBOUNCE_MS);
    };
    const takeBoard = (payload: unknown) => {
      const parsed = liveBoardSchema.safeParse(payload);
      if (!parsed.success) return;
      const board = { ...parsed.data, receivedAt: Date.now() };
      queryClient.setQueryData<ReceivedControl>(key, (current) => current && withPushedBoard(current, board));
    };

    const joinControl = (refusalsSoFar: number) => {
      socket.emit(SOCKET_EVENTS.liveControlJoin, { stageId }, (ack: unknown) => {
        const outcome = joinOutcome(ack, refusalsSoFar);
        if (outcome.kind === 'retry') later(() => joinControl(refusalsSoFar + 1), JOIN_RETRY_DELAY_MS);
        else setRefusal(outcome.kind === 'refused' ? outcome.message : null);
        if (outcome.kind === 'joined') {
          if (joinedBefore) refetchSoon();
          joinedBefore = true;
        }
      });
    };
    const joinHall = (refusalsSoFar: number) => {
      socket.emit(SOCKET_EVENTS.liveJoin, { stageId }, (ack: unknown) => {
        const outcome = liveJoinOutcome(ack, refusalsSoFar);
        if (outcome.kind === 'retry') later(() => joinHall(refusalsSoFar + 1), JOIN_RETRY_DELAY_MS);
        else if (outcome.kind === 'joined' && outcome.board) takeBoard(outcome.board);
      });
    };

    socket.on('connect', () => {
      setConnected(true);
      joinControl(0);
      joinHall(0);
    });
    socket.on('disconnect', () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      setConnected(false);
    });
    socket.on('connect_error', () => setConnected(false));
    socket.on(SOCKET_EVENTS.liveBoard, takeBoard);
    socket.on(SOCKET_EVENTS.liveChanged, (payload: unknown) => {
      const parsed = liveChangedEventSchema.safeParse(payload);
      if (!parsed.success || parsed.data.stageId !== stageId) return;
      const shown = queryClient.getQueryData<ReceivedControl>(key)?.board.version ?? -1;
      // An equal version still refetches: a judge's sheet changes what only organizers see.
      if (parsed.data.version >= shown) refetchSoon();
    });
    return () => {
      clearTimeout(refetchTimer);
      for (const timer of timers) clearTimeout(timer);
      if (socket.connected) {
        socket.emit(SOCKET_EVENTS.liveControlLeave, { stageId });
        socket.emit(SOCKET_EVENTS.liveLeave, { stageId });
      }
      socket.disconnect();
      setConnected(false);
      setRefusal(null);
    };
  }, [stageId, queryClient]);

  return { control, live, refusal };
}

/** One of the control screen's actions: the server answers with the whole screen, put in at once. */
export function useLiveAction<V>(stageId: number, send: (variables: V) => Promise<LiveControl>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => withReceivedAt(send(variables)),
    onSuccess: (answer) =>
      queryClient.setQueryData<ReceivedControl>(queryKeys.liveControl(stageId), (current) =>
        newerControl(current, answer),
      ),
  });
}
