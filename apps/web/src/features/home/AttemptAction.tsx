import type { RoundSummary } from '@contest/contracts';
import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { ErrorAlert } from '../../shared/ErrorAlert';
import { paths } from '../../shared/paths';
import { useStartAttempt } from '../take-quiz/attempt-queries';
import { startBlocker } from './start-blocker';

interface AttemptActionProps {
  round: RoundSummary;
  attemptsUsed: number;
  openAttemptId: number | null;
}

export function AttemptAction({ round, attemptsUsed, openAttemptId }: AttemptActionProps) {
  const { t } = useTranslation();
  const start = useStartAttempt();

  if (openAttemptId !== null) {
    return (
      <Button
        component={Link}
        to={paths.attempt(openAttemptId)}
        size="md"
        fullWidth
        data-testid="resume-attempt"
      >
        {t('home.resume')}
      </Button>
    );
  }

  const blocker = startBlocker(round, attemptsUsed);
  return (
    <Stack gap="xs">
      <Button
        size="md"
        fullWidth
        disabled={blocker !== null}
        loading={start.isPending}
        onClick={() => start.mutate(round.id)}
        data-testid="start-attempt"
      >
        {t('home.start')}
      </Button>
      {blocker && (
        <Text size="sm" c="dimmed" ta="center">
          {t(`home.blocked.${blocker}`)}
        </Text>
      )}
      {start.isError && <ErrorAlert error={start.error} />}
    </Stack>
  );
}
