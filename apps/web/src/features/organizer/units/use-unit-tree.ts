import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import { callApi, queryKeys } from '../../../api';

export function useUnitTree(contestId: number) {
  return useQuery({
    queryKey: queryKeys.unitTree(contestId),
    queryFn: () => callApi('unitTree', { query: { contestId } }),
  });
}

/**
 * After any change to the tree: every contest's tree refetches (they share its shape), and so do
 * the reports, whose units and headcounts it feeds, and the public unit search of the sign-up form.
 */
export function useRefreshUnits() {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.unitTrees }),
        queryClient.invalidateQueries({ queryKey: queryKeys.reports }),
        queryClient.invalidateQueries({ queryKey: ['units'] }),
      ]),
    [queryClient],
  );
}
