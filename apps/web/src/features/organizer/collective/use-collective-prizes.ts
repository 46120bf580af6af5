import type { CollectiveFinalise, CollectivePrizes, CollectiveRule } from '@contest/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { callApi, queryKeys } from '../../../api';

export function useCollectivePrizes(contestId: number) {
  return useQuery({
    queryKey: queryKeys.collectivePrizes(contestId),
    queryFn: () => callApi('collectivePrizes', { params: { contestId } }),
  });
}

/** Saving the rule and finalising both answer with the whole page's data: it replaces what is shown. */
function useCollectiveChange<V>(contestId: number, change: (variables: V) => Promise<CollectivePrizes>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (data) => queryClient.setQueryData(queryKeys.collectivePrizes(contestId), data),
  });
}

export const useSaveCollectiveRule = (contestId: number) =>
  useCollectiveChange(contestId, (body: CollectiveRule) =>
    callApi('setCollectiveRule', { params: { contestId }, body }),
  );

export const useFinaliseCollective = (contestId: number) =>
  useCollectiveChange(contestId, (body: CollectiveFinalise) =>
    callApi('finaliseCollectivePrizes', { params: { contestId }, body }),
  );
