import type { VoteVoid } from '@contest/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { callApi, queryKeys } from '../../../api';

export function useVoteAudit(stageId: number) {
  return useQuery({
    queryKey: queryKeys.voteAudit(stageId),
    queryFn: ({ signal }) => callApi('voteAudit', { params: { stageId }, signal }),
  });
}

/**
 * Voiding changes the entries' vote counts, which the audit, the ranking, the gallery and the
 * entry pages all show: every one of them sits under the `clips` key. A refusal is refetched too,
 * as it usually means the page is behind (the stage was locked, someone voided these votes first).
 */
export function useVoidVotes(stageId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: VoteVoid) => callApi('voidVotes', { params: { stageId }, body }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.clips }),
  });
}
