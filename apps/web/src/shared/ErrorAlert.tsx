import { Alert } from '@mantine/core';

import { useErrorMessage } from './use-error-message';

export function ErrorAlert({ error }: { error: unknown }) {
  const errorMessage = useErrorMessage();
  return (
    <Alert color="red" variant="light" role="alert">
      {errorMessage(error)}
    </Alert>
  );
}
