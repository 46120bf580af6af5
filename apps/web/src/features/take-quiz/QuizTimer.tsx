import { Badge, VisuallyHidden } from '@mantine/core';
import { useEffect, useEffectEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { formatClock } from '../../lib/format';
import type { ServerClock } from '../../lib/server-clock';
import { useRemainingSeconds } from '../../lib/use-server-clock';
import { timeWarningAt } from './time-warning';

interface QuizTimerProps {
  clock: ServerClock;
  deadline: string;
  onTimeUp(): void;
}

export function QuizTimer({ clock, deadline, onTimeUp }: QuizTimerProps) {
  const { t } = useTranslation();
  const seconds = useRemainingSeconds(clock, deadline);
  const timeUp = seconds <= 0;
  const lastMinute = seconds < 60;
  const warning = timeWarningAt(seconds);
  const reportTimeUp = useEffectEvent(onTimeUp);

  useEffect(() => {
    if (timeUp) reportTimeUp();
  }, [timeUp]);

  return (
    <>
      <Badge
        size="xl"
        radius="sm"
        variant={lastMinute ? 'filled' : 'light'}
        color={lastMinute ? 'red' : 'blue'}
        role="timer"
        aria-label={t('quiz.timeLeft', { time: formatClock(seconds) })}
        // Never shrinks: the time left must stay whole however the rest of the bar wraps.
        style={{ flexShrink: 0, overflow: 'visible', fontVariantNumeric: 'tabular-nums' }}
        data-testid="quiz-timer"
      >
        {formatClock(seconds)}
      </Badge>
      {/* Always in the page, so the change at each threshold is what gets spoken. */}
      <VisuallyHidden aria-live="polite" data-testid="time-warning">
        {warning && t(`quiz.timeWarning.${warning}`)}
      </VisuallyHidden>
    </>
  );
}
