import type { InteractionInput, PublicSource, Stage } from '@contest/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { callApi, queryKeys } from '../../../api';
import { withPublicSource } from './interaction-form';

/** The stage's likes and shares; asked only while the stage counts them. */
export function useStageInteractions(stageId: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.stageInteractions(stageId),
    queryFn: ({ signal }) => callApi('stageInteractions', { params: { stageId }, signal }),
    enabled,
  });
}

/** The saved sheet replaces the one shown; the stage's ranking and the track's results move with it. */
export function useSaveInteractions(stage: Pick<Stage, 'id' | 'trackId'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InteractionInput) =>
      callApi('updateStageInteractions', { params: { stageId: stage.id }, body }),
    onSuccess: (sheet) => {
      queryClient.setQueryData(queryKeys.stageInteractions(stage.id), sheet);
      void queryClient.invalidateQueries({ queryKey: queryKeys.stageResults(stage.id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.trackResults(stage.trackId) });
    },
  });
}

/** Through the stage's own settings route, everything else sent back as it is. */
export function useSetPublicSource(stage: Stage) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (source: PublicSource) =>
      callApi('updateStage', { params: { stageId: stage.id }, body: withPublicSource(stage, source) }),
    // Every clip view shows the stage (its track, its ranking, the results): they refetch together.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.clips }),
  });
}
