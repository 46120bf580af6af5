import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import { callApi, queryKeys } from '../../../api';
import { findRound } from './find-round';

export function useContests() {
  return useQuery({ queryKey: queryKeys.contests, queryFn: () => callApi('listContests') });
}

export function useContest(contestId: number) {
  return useQuery({
    queryKey: queryKeys.contest(contestId),
    queryFn: () => callApi('getContest', { params: { contestId } }),
  });
}

/** A round and its contest, from the contest list; `data` is null when no contest holds the round. */
export function useRoundAdmin(roundId: number) {
  return useQuery({
    queryKey: queryKeys.contests,
    queryFn: () => callApi('listContests'),
    select: (data) => findRound(data.items, roundId),
  });
}

/** After a change to a contest or a round: every contest view refetches. */
export function useRefreshContests() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: queryKeys.contests }), [queryClient]);
}
