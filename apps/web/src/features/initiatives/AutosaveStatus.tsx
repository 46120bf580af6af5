import { Text, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { NetworkError } from '../../api';
import { formatTimeOfDay } from '../../lib/format';
import { useErrorMessage } from '../../shared/use-error-message';
import type { DraftSaveState } from './draft-autosaver';
import type { SaveBlocker } from './initiative-form';

/** What stops a save, in the author's words (the first one; the fields say the rest). */
export function useBlockerText() {
  const { t } = useTranslation();
  return (blocker: SaveBlocker) => {
    switch (blocker.kind) {
      case 'title':
        return t('initiatives.save.blocker.title');
      case 'authorName':
      case 'authorPhone':
      case 'authorEmail':
        return t(`initiatives.save.blocker.${blocker.kind}`, { n: blocker.n });
      case 'tooLong':
        return t('initiatives.save.blocker.tooLong', {
          part: t(`initiatives.form.parts.${blocker.part}.label`),
        });
      case 'tooManyAuthors':
        return t('initiatives.save.blocker.tooManyAuthors', { max: blocker.max });
      default:
        return t(`initiatives.save.blocker.${blocker.kind}`);
    }
  };
}

/** "Saved at 10:42", "Saving…", or why the draft is not saved: always in sight while the author writes. */
export function AutosaveStatus({ state }: { state: DraftSaveState }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const blockerText = useBlockerText();

  const [label, color]: [string, MantineColor] = (() => {
    switch (state.kind) {
      case 'idle':
        return [t('initiatives.save.idle'), 'dimmed'];
      case 'pending':
      case 'saving':
        return [t('initiatives.save.saving'), 'dimmed'];
      case 'saved':
        return [t('initiatives.save.savedAt', { time: formatTimeOfDay(state.at, i18n.language) }), 'teal'];
      case 'blocked':
        return [t('initiatives.save.blocked', { reason: blockerText(state.blockers[0]) }), 'orange'];
      case 'retrying':
        return [
          t(state.error instanceof NetworkError ? 'initiatives.save.offline' : 'initiatives.save.serverBusy'),
          'orange',
        ];
      case 'failed':
        return [t('initiatives.save.failed', { message: errorMessage(state.error) }), 'red'];
    }
  })();

  return (
    <Text size="sm" c={color} aria-live="polite" data-testid="initiative-save-state" data-state={state.kind}>
      {label}
    </Text>
  );
}
