import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

import { callApi, isApiError, isTransientError, queryKeys } from '../../api';
import { paths } from '../../shared/paths';
import type { AnswerOutbox } from './answer-outbox';
import { exponentialBackoff, type AutosaveScheduler } from './autosave-scheduler';

/**
 * Submits with the changes still pending in the same request, so a poor network needs one round trip.
 * Autosave pauses meanwhile and resumes if the submit fails.
 */
export function useSubmitAttempt(attemptId: number, outbox: AnswerOutbox, scheduler: AutosaveScheduler) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { t } = useTranslation();

  const finish = () => {
    outbox.discard();
    queryClient.removeQueries({ queryKey: queryKeys.attempt(attemptId), exact: true });
    void queryClient.invalidateQueries({ queryKey: queryKeys.currentRound });
    void queryClient.invalidateQueries({ queryKey: queryKeys.myAttempts });
    void navigate(paths.result(attemptId), { replace: true });
    notifications.show({ color: 'teal', message: t('quiz.submitted') });
  };

  return useMutation({
    mutationFn: () => {
      scheduler.stop();
      return callApi('submitAttempt', {
        params: { attemptId },
        body: outbox.pendingRequest() ?? { answers: [] },
      });
    },
    retry: (failureCount, error) => isTransientError(error) && failureCount < 4,
    retryDelay: (failureCount) => exponentialBackoff(failureCount + 1),
    onSuccess: finish,
    onError: (error) => {
      // 409: the attempt is already over (submitted by the system at its deadline); its result is what counts.
      if (isApiError(error, 409)) finish();
      else scheduler.start();
    },
  });
}
