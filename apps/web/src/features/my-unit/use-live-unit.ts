import { SOCKET_EVENTS } from '@contest/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import { queryKeys } from '../../api';
import { JOIN_RETRY_DELAY_MS, joinOutcome } from '../organizer/dashboard/dashboard-join';
import { refreshPlanFor } from './unit-live';
import { openLiveSocket } from '../../lib/live-socket';

/**
 * Follows a unit's room: when someone in its subtree starts or submits an attempt the server pushes
 * `unit.changed` and the lists are fetched again, so a colleague moves from "not yet" to "taken
 * part" without a reload. A new connection starts in no room, so the room is joined again after
 * every reconnect, and what was missed while away is fetched then.
 */
export function useLiveUnit(unitId: number) {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  useEffect(() => {
    const socket = openLiveSocket();
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let joinedBefore = false;

    const refetch = (peopleRounds: readonly number[] | 'all', roster: boolean) => {
      void queryClient.invalidateQueries({
        queryKey: queryKeys.unitPeopleAll(unitId),
        predicate:
          peopleRounds === 'all' ? undefined : (query) => peopleRounds.includes(query.queryKey[3] as number),
      });
      void queryClient.invalidateQueries({ queryKey: queryKeys.unitReport(unitId) });
      if (roster) void queryClient.invalidateQueries({ queryKey: queryKeys.unitRoster(unitId) });
    };

    const join = (refusalsSoFar: number) => {
      socket.emit(SOCKET_EVENTS.unitJoin, { unitId }, (ack: unknown) => {
        const outcome = joinOutcome(ack, refusalsSoFar);
        if (outcome.kind === 'retry') {
          retryTimer = setTimeout(() => join(refusalsSoFar + 1), JOIN_RETRY_DELAY_MS);
          return;
        }
        setRefusal(outcome.kind === 'refused' ? outcome.message : null);
        if (outcome.kind === 'joined') {
          if (joinedBefore) refetch('all', true);
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
    socket.on(SOCKET_EVENTS.unitChanged, (payload: unknown) => {
      const plan = refreshPlanFor(payload);
      if (plan) refetch(plan.peopleRounds, plan.roster);
    });
    return () => {
      clearTimeout(retryTimer);
      if (socket.connected) socket.emit(SOCKET_EVENTS.unitLeave, { unitId });
      socket.disconnect();
      setConnected(false);
      setRefusal(null);
    };
  }, [unitId, queryClient]);

  return { live: connected && refusal === null, connected, refusal };
}
