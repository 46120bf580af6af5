import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiError, NetworkError } from '../api';

/** Text to show for a failed request: the server's own message when it sent one. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.message) return error.message;
      if (error instanceof NetworkError) return t('errors.network');
      if (error instanceof ApiError && error.status >= 500) return t('errors.server');
      return t('errors.unexpected');
    },
    [t],
  );
}
