import type { JudgeEntry, JudgeWork, ScoreSheetInput } from '@contest/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { callApi, isApiError, queryKeys } from '../../api';
import { withSheet } from './judge-progress';

/** The signed-in judge's entries, in their own order, with only their own scores. */
export function useJudgeWork() {
  return useQuery({
    queryKey: queryKeys.judgeWork,
    queryFn: ({ signal }) => callApi('judgeWork', { signal }),
  });
}

/** The server answers with the sheet as saved: it goes straight into the list, so totals and progress follow. */
function usePutSheet() {
  const queryClient = useQueryClient();
  return (sheet: JudgeEntry) => {
    queryClient.setQueryData<JudgeWork>(queryKeys.judgeWork, (work) => work && withSheet(work, sheet));
    void queryClient.invalidateQueries({ queryKey: queryKeys.judgeWork });
  };
}

export function useSaveScores(assignmentId: number) {
  const queryClient = useQueryClient();
  const putSheet = usePutSheet();
  return useMutation({
    mutationFn: (scores: ScoreSheetInput['scores']) =>
      callApi('scoreEntry', { params: { assignmentId }, body: { scores } }),
    onSuccess: putSheet,
    // 409: the stage was locked, or the call is still open, since the page loaded: show it as it is now.
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: queryKeys.clips });
    },
  });
}

export function useDeclareConflict(assignmentId: number) {
  const putSheet = usePutSheet();
  return useMutation({
    mutationFn: (reason: string) =>
      callApi('declareConflict', { params: { assignmentId }, body: { reason } }),
    onSuccess: putSheet,
  });
}
