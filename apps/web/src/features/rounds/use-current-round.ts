import { useQuery } from '@tanstack/react-query';

import { callApi, queryKeys } from '../../api';
import { withReceivedAt } from '../../lib/received-at';

/** This week's round and my attempts in it; refreshed each minute since attempts may start on another device. */
export function useCurrentRound() {
  return useQuery({
    queryKey: queryKeys.currentRound,
    queryFn: () => withReceivedAt(callApi('currentRound')),
    refetchInterval: 60_000,
  });
}
