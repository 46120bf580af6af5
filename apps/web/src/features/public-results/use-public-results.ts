import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { callApi, queryKeys } from '../../api';

export const PUBLIC_PAGE_SIZE = 50;

/** One page of a published round's results, optionally narrowed to names matching `q`. */
export function usePublicResults(roundId: number, page: number, q: string) {
  return useQuery({
    queryKey: queryKeys.publicResults(roundId, page, q),
    queryFn: () =>
      callApi('publicResults', {
        params: { roundId },
        query: { page, pageSize: PUBLIC_PAGE_SIZE, ...(q && { q }) },
      }),
    // Paging or typing a name keeps the last answer on screen instead of a loader.
    placeholderData: keepPreviousData,
  });
}
