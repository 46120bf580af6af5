import type { AutoAssign, LockRequest } from '@contest/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { callApi, queryKeys } from '../../../api';

export function useAssignmentBoard(stageId: number) {
  return useQuery({
    queryKey: queryKeys.assignmentBoard(stageId),
    queryFn: ({ signal }) => callApi('assignmentBoard', { params: { stageId }, signal }),
  });
}

export function useStageResults(stageId: number) {
  return useQuery({
    queryKey: queryKeys.stageResults(stageId),
    queryFn: ({ signal }) => callApi('stageResults', { params: { stageId }, signal }),
  });
}

/** The call for entries a stage belongs to, for the page's title and way back. */
export function useTrack(trackId: number | undefined) {
  return useQuery({
    queryKey: queryKeys.track(trackId ?? 0),
    queryFn: ({ signal }) => callApi('getTrack', { params: { trackId: trackId! }, signal }),
    enabled: trackId !== undefined,
  });
}

/** Assignments change the board, the ranking's sheets and which methods are allowed. */
function useAssignmentChange<V, R>(stageId: number, change: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.assignmentBoard(stageId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.stageResults(stageId) });
    },
  });
}

export const useAutoAssign = (stageId: number) =>
  useAssignmentChange(stageId, (body: AutoAssign) => callApi('autoAssign', { params: { stageId }, body }));

export const useAddAssignment = (stageId: number) =>
  useAssignmentChange(stageId, (body: { entryId: number; judgeId: number }) =>
    callApi('addAssignment', { params: { stageId }, body }),
  );

export const useRemoveAssignment = (stageId: number) =>
  useAssignmentChange(stageId, (assignmentId: number) =>
    callApi('removeAssignment', { params: { stageId, assignmentId } }),
  );

/** Locking and publishing move the stage's phase, which the track pages and the gallery show too. */
function useStageStep<V>(change: (variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.clips }),
  });
}

export const useLockStage = (stageId: number) =>
  useStageStep((body: LockRequest) => callApi('lockStage', { params: { stageId }, body }));

export const usePublishStage = (stageId: number) =>
  useStageStep(() => callApi('publishStage', { params: { stageId } }));
