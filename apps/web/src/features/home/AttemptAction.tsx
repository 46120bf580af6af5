import type { CurrentRoundEntry } from '@contest/contracts';
import { Button, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import type { ServerClock } from '../../lib/server-clock';
import { paths } from '../../shared/paths';
import { useStartAttempt } from '../take-quiz/attempt-queries';
import { startBlocker } from './start-blocker';
import { startRules } from './start-rules';
import { StartRulesModal } from './StartRulesModal';

interface AttemptActionProps {
  entry: CurrentRoundEntry;
  clock: ServerClock;
}

export function AttemptAction({ entry, clock }: AttemptActionProps) {
  const { t } = useTranslation();
  const start = useStartAttempt();
  const [rulesOpened, rulesModal] = useDisclosure(false);
  const { round, myAttemptsUsed, myOpenAttemptId } = entry;

  if (myOpenAttemptId !== null) {
    return (
      <Button
        component={Link}
        to={paths.attempt(myOpenAttemptId)}
        size="md"
        fullWidth
        data-testid="resume-attempt"
      >
        {t('home.resume')}
      </Button>
    );
  }

  const blocker = startBlocker(round, myAttemptsUsed);
  const closeRules = () => {
    rulesModal.close();
    start.reset();
  };
  return (
    <Stack gap="xs">
      <Button
        size="md"
        fullWidth
        disabled={blocker !== null}
        onClick={rulesModal.open}
        data-testid="start-attempt"
      >
        {t('home.start')}
      </Button>
      {blocker && (
        <Text size="sm" c="dimmed" ta="center">
          {t(`home.blocked.${blocker}`)}
        </Text>
      )}
      <StartRulesModal
        opened={rulesOpened}
        rules={startRules(round, myAttemptsUsed, clock.now())}
        starting={start.isPending}
        error={start.error}
        onClose={closeRules}
        onConfirm={() => start.mutate(round.id)}
      />
    </Stack>
  );
}
