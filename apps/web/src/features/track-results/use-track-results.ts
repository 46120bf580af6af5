import { useQuery } from '@tanstack/react-query';

import { callApi, isApiError, queryKeys } from '../../api';

/** "Not published yet" (403 for all but organizers): an answer to show, not a failure to retry. */
export const isNotPublished = (error: unknown): boolean =>
  isApiError(error, 403) && error.code === 'track_results_not_published';

/** A track's final results: organizers see them any time (provisional), everyone once published. */
export function useTrackResults(trackId: number, enabled = true) {
  return useQuery({
    queryKey: queryKeys.trackResults(trackId),
    queryFn: ({ signal }) => callApi('trackResults', { params: { trackId }, signal }),
    retry: (count, error) => !isNotPublished(error) && count < 2,
    enabled,
  });
}
