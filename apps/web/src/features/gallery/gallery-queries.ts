import type { Gallery } from '@contest/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { callApi, isApiError, queryKeys } from '../../api';

export function useTracks() {
  return useQuery({ queryKey: queryKeys.tracks, queryFn: ({ signal }) => callApi('listTracks', { signal }) });
}

export function useGallery(trackId: number) {
  return useQuery({
    queryKey: queryKeys.gallery(trackId),
    queryFn: ({ signal }) => callApi('gallery', { params: { trackId }, signal }),
  });
}

export function useStageResults(stageId: number) {
  return useQuery({
    queryKey: queryKeys.stageResults(stageId),
    queryFn: ({ signal }) => callApi('stageResults', { params: { stageId }, signal }),
    // "Not published yet" is an answer, not a hiccup worth retrying.
    retry: (count, error) => !isApiError(error, 404) && count < 2,
  });
}

/**
 * Who a published stage sent on, for marking the gallery's ranking; asked only when something
 * advanced, as the full results (every judge's sheets) are a larger read than the gallery's own.
 */
export function useStageAdvancement(stageId: number, advanced: boolean) {
  return useQuery({
    queryKey: queryKeys.stageResults(stageId),
    queryFn: ({ signal }) => callApi('stageResults', { params: { stageId }, signal }),
    select: (results) => results.advancement,
    enabled: advanced,
    retry: false,
  });
}

function markVoted(gallery: Gallery, entryId: number, votes: number | null): Gallery {
  return {
    ...gallery,
    entries: gallery.entries.map((entry) =>
      entry.id === entryId ? { ...entry, votedByMe: true, votes: votes ?? entry.votes } : entry,
    ),
  };
}

/** One vote per account per entry: the count the server answers replaces the one on screen. */
export function useVote(trackId: number) {
  const queryClient = useQueryClient();
  const update = (entryId: number, votes: number | null) =>
    queryClient.setQueryData<Gallery>(queryKeys.gallery(trackId), (gallery) =>
      gallery ? markVoted(gallery, entryId, votes) : gallery,
    );
  return useMutation({
    mutationFn: (entryId: number) => callApi('vote', { params: { entryId } }),
    onSuccess: (result) => update(result.entryId, result.votes),
    onError: (error, entryId) => {
      // Voted already (from another tab or device): show it as voted, the count comes with the refetch.
      if (isApiError(error) && error.code === 'vote_already_cast') update(entryId, null);
      void queryClient.invalidateQueries({ queryKey: queryKeys.gallery(trackId) });
    },
  });
}
