import { useQuery } from '@tanstack/react-query';

import { callApi, queryKeys } from '../../api';

/** Without the socket the lists still move, just slower. */
const POLL_WHILE_NOT_LIVE_MS = 30_000;

export function useUnitPeople(unitId: number, roundId: number, live: boolean) {
  return useQuery({
    queryKey: queryKeys.unitPeople(unitId, roundId),
    queryFn: ({ signal }) => callApi('unitPeople', { params: { unitId }, query: { roundId }, signal }),
    refetchInterval: live ? false : POLL_WHILE_NOT_LIVE_MS,
    // Keeps the old round on screen while the next one loads, instead of flashing a loader.
    placeholderData: (previous) => (previous?.unit.id === unitId ? previous : undefined),
  });
}

export function useUnitReport(unitId: number) {
  return useQuery({
    queryKey: queryKeys.unitReport(unitId),
    queryFn: ({ signal }) => callApi('unitReport', { params: { unitId }, query: {}, signal }),
  });
}

export function useUnitRoster(unitId: number) {
  return useQuery({
    queryKey: queryKeys.unitRoster(unitId),
    queryFn: ({ signal }) => callApi('unitRoster', { params: { unitId }, signal }),
  });
}
