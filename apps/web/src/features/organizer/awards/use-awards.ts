import type { AwardRules, TrackResults } from '@contest/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { callApi, queryKeys } from '../../../api';

/** Saving the rules and publishing both answer with the track's results: they replace what is shown. */
function useResultsChange<V>(trackId: number, change: (variables: V) => Promise<TrackResults>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (results) => queryClient.setQueryData(queryKeys.trackResults(trackId), results),
  });
}

export const useSaveAwardRules = (trackId: number) =>
  useResultsChange(trackId, (body: AwardRules) => callApi('updateAwardRules', { params: { trackId }, body }));

export const usePublishTrackResults = (trackId: number) =>
  useResultsChange(trackId, () => callApi('publishTrackResults', { params: { trackId } }));
