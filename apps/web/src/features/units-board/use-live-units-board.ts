import { SOCKET_EVENTS, unitsBoardSchema, type UnitsBoard } from '@contest/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import { callApi, queryKeys } from '../../api';
import { JOIN_RETRY_DELAY_MS, joinOutcome } from '../organizer/dashboard/dashboard-join';
import { newerBoard } from './board-rows';
import { openLiveSocket } from '../../lib/live-socket';

/** While the socket is down the board still moves, just slower. */
const POLL_WHILE_DISCONNECTED_MS = 30_000;

/**
 * The public board: the first answer from the api, then every board the server pushes to the contest's
 * room. Anyone may join, signed in or not. A new connection starts in no room, so the room is joined
 * again after every reconnect, and the board is fetched then for what was missed while away.
 */
export function useLiveUnitsBoard(contestId: number | null) {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const live = connected && refusal === null;

  const board = useQuery({
    queryKey: queryKeys.unitsBoard(contestId),
    queryFn: () => callApi('unitsBoard', { query: contestId === null ? {} : { contestId } }),
    refetchInterval: live ? false : POLL_WHILE_DISCONNECTED_MS,
    staleTime: 0,
  });
  // Without an id in the address the api picks the contest; its room is known from the first answer.
  const roomContestId = board.data?.contest.id;

  useEffect(() => {
    if (roomContestId === undefined) return;
    const key = queryKeys.unitsBoard(contestId);
    const socket = openLiveSocket();
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let joinedBefore = false;

    const join = (refusalsSoFar: number) => {
      socket.emit(SOCKET_EVENTS.unitsBoardJoin, { contestId: roomContestId }, (ack: unknown) => {
        const outcome = joinOutcome(ack, refusalsSoFar);
        if (outcome.kind === 'retry') {
          retryTimer = setTimeout(() => join(refusalsSoFar + 1), JOIN_RETRY_DELAY_MS);
          return;
        }
        setRefusal(outcome.kind === 'refused' ? outcome.message : null);
        if (outcome.kind === 'joined') {
          if (joinedBefore) void queryClient.invalidateQueries({ queryKey: key });
          joinedBefore = true;
        }
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
    socket.on(SOCKET_EVENTS.unitsBoardUpdate, (payload: unknown) => {
      const parsed = unitsBoardSchema.safeParse(payload);
      if (!parsed.success || parsed.data.contest.id !== roomContestId) return;
      queryClient.setQueryData<UnitsBoard>(key, (current) => newerBoard(current, parsed.data));
    });
    return () => {
      clearTimeout(retryTimer);
      if (socket.connected) socket.emit(SOCKET_EVENTS.unitsBoardLeave, { contestId: roomContestId });
      socket.disconnect();
      setConnected(false);
      setRefusal(null);
    };
  }, [contestId, roomContestId, queryClient]);

  return { board, live, connected, refusal };
}
