import { Badge } from '@mantine/core';
import { useEffect, useEffectEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { formatClock } from '../../lib/format';
import type { ServerClock } from '../../lib/server-clock';
import { useRemainingSeconds } from '../../lib/use-server-clock';

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
  const reportTimeUp = useEffectEvent(onTimeUp);

  useEffect(() => {
    if (timeUp) reportTimeUp();
  }, [timeUp]);

  return (
    <Badge
      size="xl"
      radius="sm"
      variant={lastMinute ? 'filled' : 'light'}
      color={lastMinute ? 'red' : 'blue'}
      role="timer"
      aria-label={t('quiz.timeLeft', { time: formatClock(seconds) })}
      style={{ fontVariantNumeric: 'tabular-nums' }}
      data-testid="quiz-timer"
    >
      {formatClock(seconds)}
    </Badge>
  );
}
