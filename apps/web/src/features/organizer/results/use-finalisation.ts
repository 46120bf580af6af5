import type { Finalisation, FinaliseRequest } from '@contest/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { callApi, isApiError, isTransientError, queryKeys } from '../../../api';

/** The api answers 404 (or 409) for a round that has no finalisation yet. */
export const isNotFinalised = (error: unknown): boolean => isApiError(error, 404) || isApiError(error, 409);

export function useFinalisation(roundId: number) {
  return useQuery({
    queryKey: queryKeys.finalisation(roundId),
    queryFn: () => callApi('getFinalisation', { params: { roundId } }),
    retry: (failureCount, error) => !isNotFinalised(error) && isTransientError(error) && failureCount < 3,
  });
}

/** Finalise or publish: the answer is the round's finalisation; everything derived from it is refetched. */
function useFinalisationChange<V>(roundId: number, change: (variables: V) => Promise<Finalisation>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (finalisation) => {
      queryClient.setQueryData(queryKeys.finalisation(roundId), finalisation);
      void queryClient.invalidateQueries({ queryKey: queryKeys.contests });
      void queryClient.invalidateQueries({ queryKey: ['organizer', 'rounds', roundId, 'ranking'] });
      void queryClient.invalidateQueries({ queryKey: queryKeys.questionStats(roundId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.publishedRounds });
    },
  });
}

export const useFinaliseRound = (roundId: number) =>
  useFinalisationChange(roundId, (body: FinaliseRequest) =>
    callApi('finaliseRound', { params: { roundId }, body }),
  );

export const usePublishRound = (roundId: number) =>
  useFinalisationChange(roundId, () => callApi('publishRound', { params: { roundId } }));
