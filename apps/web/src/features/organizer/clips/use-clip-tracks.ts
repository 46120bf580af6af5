import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import { callApi, queryKeys } from '../../../api';

export function useTracks() {
  return useQuery({ queryKey: queryKeys.tracks, queryFn: ({ signal }) => callApi('listTracks', { signal }) });
}

export function useTrack(trackId: number) {
  return useQuery({
    queryKey: queryKeys.track(trackId),
    queryFn: ({ signal }) => callApi('getTrack', { params: { trackId }, signal }),
  });
}

export function useScreening(trackId: number) {
  return useQuery({
    queryKey: queryKeys.screening(trackId),
    queryFn: ({ signal }) => callApi('screeningList', { params: { trackId }, signal }),
  });
}

/** The assignment board, read here only for which aggregation methods the assignments allow. */
export function useAssignmentBoard(stageId: number) {
  return useQuery({
    queryKey: queryKeys.assignmentBoard(stageId),
    queryFn: ({ signal }) => callApi('assignmentBoard', { params: { stageId }, signal }),
  });
}

/** After any change to a track, a stage or a screening: every clip view refetches (their keys share a prefix). */
export function useRefreshClips() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: queryKeys.clips }), [queryClient]);
}
