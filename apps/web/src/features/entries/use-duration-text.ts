import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { durationWords } from './durations';

/** "5 phút", "1 phút 30 giây", "45 giây" in the reader's language. */
export function useDurationText(): (seconds: number) => string {
  const { t } = useTranslation();
  return useCallback(
    (seconds: number) => {
      const words = durationWords(seconds);
      if (words.kind === 'seconds') return t('entries.duration.seconds', { seconds: words.seconds });
      if (words.kind === 'minutes') return t('entries.duration.minutes', { minutes: words.minutes });
      return t('entries.duration.minutesSeconds', { minutes: words.minutes, seconds: words.seconds });
    },
    [t],
  );
}
