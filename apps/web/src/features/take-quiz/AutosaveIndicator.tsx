import { Text, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { NetworkError } from '../../api';
import { useErrorMessage } from '../../shared/use-error-message';
import type { AutosaveState } from './autosave-scheduler';

export function AutosaveIndicator({ state }: { state: AutosaveState }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();

  const [label, color]: [string, MantineColor] = (() => {
    switch (state.kind) {
      case 'idle':
        return [t('autosave.idle'), 'dimmed'];
      case 'pending':
      case 'saving':
        return [t('autosave.saving'), 'dimmed'];
      case 'saved':
        return [t('autosave.saved'), 'teal'];
      case 'retrying':
        return [
          t(state.error instanceof NetworkError ? 'autosave.offline' : 'autosave.serverBusy'),
          'orange',
        ];
      case 'failed':
        return [t('autosave.failed', { message: errorMessage(state.error) }), 'red'];
    }
  })();

  return (
    <Text size="xs" c={color} aria-live="polite" data-testid="autosave-state">
      {label}
    </Text>
  );
}
