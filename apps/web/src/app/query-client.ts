import type { User } from '@contest/contracts';
import { notifications } from '@mantine/notifications';
import { QueryClient } from '@tanstack/react-query';

import { isTransientError, queryKeys, setUnauthorizedHandler } from '../api';
import { i18n } from '../i18n/i18n';

export function createQueryClient(): QueryClient {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (failureCount, error) => isTransientError(error) && failureCount < 3,
      },
      mutations: { retry: false },
    },
  });
  // A 401 anywhere means the session is gone: forgetting the user sends every signed-in page to login.
  setUnauthorizedHandler(() => {
    if (!queryClient.getQueryData<User | null>(queryKeys.session)) return;
    notifications.show({ id: 'session-expired', color: 'yellow', message: i18n.t('auth.sessionExpired') });
    queryClient.setQueryData(queryKeys.session, null);
  });
  return queryClient;
}
