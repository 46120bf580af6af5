import type { AdvanceRule } from '@contest/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { callApi, isApiError, queryKeys } from '../../../api';

/** The next stage's board, read for whether entries already advanced into it. */
export function useNextStageBoard(nextStageId: number | null) {
  return useQuery({
    queryKey: queryKeys.assignmentBoard(nextStageId ?? 0),
    queryFn: ({ signal }) => callApi('assignmentBoard', { params: { stageId: nextStageId! }, signal }),
    enabled: nextStageId !== null,
  });
}

/** A dry run: the outcome to look at, nothing moved. */
export function usePreviewAdvance(stageId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rule: AdvanceRule) =>
      callApi('advanceStage', { params: { stageId }, body: { rule, dryRun: true } }),
    // Someone advanced meanwhile (or the stage changed): what the page shows is out of date.
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: queryKeys.clips });
    },
  });
}

/** Moves the entries: the next stage's board, the track's stages and the rankings all change. */
export function useApplyAdvance(stageId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rule: AdvanceRule) =>
      callApi('advanceStage', { params: { stageId }, body: { rule, dryRun: false } }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.clips }),
  });
}
