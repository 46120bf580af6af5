import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { paths } from '../../shared/paths';
import type { MyAttempt } from './use-my-attempts';

/** Back into an attempt still running, or on to the result of one that is over. */
export function AttemptLink({ attempt }: { attempt: MyAttempt }) {
  const { t } = useTranslation();
  const inProgress = attempt.status === 'in_progress';
  return (
    <Anchor
      component={Link}
      to={inProgress ? paths.attempt(attempt.id) : paths.result(attempt.id)}
      size="sm"
      fw={500}
    >
      {t(inProgress ? 'history.resume' : 'history.view')}
    </Anchor>
  );
}
