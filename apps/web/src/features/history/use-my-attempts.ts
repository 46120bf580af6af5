import type { MyAttemptsResponse } from '@contest/contracts';
import { useQuery } from '@tanstack/react-query';

import { callApi, queryKeys } from '../../api';

export type MyAttempt = MyAttemptsResponse['items'][number];

/** Every attempt of mine, newest first. */
export function useMyAttempts({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: queryKeys.myAttempts, queryFn: () => callApi('myAttempts'), enabled });
}
