import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useErrorMessage } from './use-error-message';

/** A page that could not load, with a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return (
    <Stack align="center" py="xl">
      <Alert color="red" variant="light" role="alert" title={t('errors.title')} w="100%" maw={480}>
        {errorMessage(error)}
      </Alert>
      {onRetry && (
        <Button variant="light" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Stack>
  );
}
