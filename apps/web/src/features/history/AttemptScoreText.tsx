import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../lib/format';
import { scoreState } from '../../shared/attempt-score';
import type { MyAttempt } from './use-my-attempts';

/** The score, or when a hidden one will be published; a dash while there is none yet. */
export function AttemptScoreText({ attempt }: { attempt: MyAttempt }) {
  const { t, i18n } = useTranslation();
  const state = scoreState(attempt);
  if (state.kind === 'hidden') {
    return (
      <Text size="sm" c="dimmed" data-testid="history-score-hidden">
        {t('result.scoreHidden', { time: formatDateTime(state.until, i18n.language) })}
      </Text>
    );
  }
  return (
    <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
      {state.kind === 'score'
        ? t('result.scoreValue', { score: state.score, total: attempt.questionCount })
        : '—'}
    </Text>
  );
}
