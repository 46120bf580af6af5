import type { EarlierContestInput } from '@contest/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

import { callApi, queryKeys } from '../../../api';
import {
  comparisonQuery,
  comparisonTargetParam,
  parseComparisonTarget,
  type ComparisonTarget,
} from './comparison-choice';

/** The contest compared with, kept in the address beside the contest and the round (`?compare=e1`). */
export function useComparisonTarget(): [ComparisonTarget | null, (target: ComparisonTarget | null) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const target = parseComparisonTarget(searchParams.get('compare'));
  const setTarget = useCallback(
    (next: ComparisonTarget | null) =>
      setSearchParams(
        (current) => {
          const params = new URLSearchParams(current);
          if (next === null) params.delete('compare');
          else params.set('compare', comparisonTargetParam(next));
          return params;
        },
        { replace: true },
      ),
    [setSearchParams],
  );
  return [target, setTarget];
}

export function useContestComparison(contestId: number, target: ComparisonTarget | null) {
  return useQuery({
    queryKey: queryKeys.contestComparison(contestId, target?.kind ?? 'contest', target?.id ?? 0),
    queryFn: ({ signal }) =>
      callApi('contestComparison', {
        params: { contestId },
        query: comparisonQuery(target as ComparisonTarget),
        signal,
      }),
    enabled: target !== null,
    placeholderData: keepPreviousData,
  });
}

export function useEarlierContests() {
  return useQuery({
    queryKey: queryKeys.earlierContests,
    queryFn: ({ signal }) => callApi('listEarlierContests', { signal }),
  });
}

export function useCreateEarlierContest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EarlierContestInput) => callApi('createEarlierContest', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.earlierContests }),
  });
}

export function useDeleteEarlierContest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (earlierId: number) => callApi('deleteEarlierContest', { params: { earlierId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.earlierContests }),
  });
}
