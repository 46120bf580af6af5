import type { OriginalityDecision } from '@contest/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { callApi, queryKeys } from '../../../api';
import { useRefreshClips } from '../clips/use-clip-tracks';

export function useQuotaReport(trackId: number) {
  return useQuery({
    queryKey: queryKeys.quotaReport(trackId),
    queryFn: ({ signal }) => callApi('quotaReport', { params: { trackId }, signal }),
  });
}

/** Every compared initiative of the track; off for a clip track, which has none to compare. */
export function useTrackOriginality(trackId: number, enabled = true) {
  return useQuery({
    queryKey: queryKeys.trackOriginality(trackId),
    queryFn: ({ signal }) => callApi('trackOriginality', { params: { trackId }, signal }),
    enabled,
  });
}

export function useEntryOriginality(entryId: number) {
  return useQuery({
    queryKey: queryKeys.entryOriginality(entryId),
    queryFn: ({ signal }) => callApi('entryOriginality', { params: { entryId }, signal }),
  });
}

/** Records the decision; the list, the screening page (its badges) and this entry refetch. */
export function useDecideOriginality(entryId: number, onDone?: () => void) {
  const refresh = useRefreshClips();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OriginalityDecision) => callApi('decideOriginality', { params: { entryId }, body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.entryOriginality(entryId), saved);
      void refresh();
      onDone?.();
    },
  });
}

export function useInitiativeRegister(q: string, page: number) {
  return useQuery({
    queryKey: queryKeys.initiativeRegisterPage(q, page),
    queryFn: ({ signal }) => callApi('initiativeRegister', { query: { q: q || undefined, page }, signal }),
    // The page being typed for keeps the last answer on screen instead of a spinner per keystroke.
    placeholderData: keepPreviousData,
  });
}
