import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

import { callApi, isApiError, isTransientError, queryKeys } from '../../api';
import { browserStorage } from '../../lib/key-value-storage';
import type { ServerClock } from '../../lib/server-clock';
import { AnswerOutbox } from './answer-outbox';
import type { ReceivedAttempt } from './attempt-queries';
import { AutosaveScheduler, type AutosaveState } from './autosave-scheduler';

/** The participant's answers for one attempt, kept on the device and autosaved to the server. */
export function useAttemptAnswers(attempt: ReceivedAttempt, clock: ServerClock) {
  const queryClient = useQueryClient();
  const [saveState, setSaveState] = useState<AutosaveState>({ kind: 'idle' });
  const [deadline, setDeadline] = useState(attempt.deadline);

  const [outbox] = useState(() => {
    const created = new AnswerOutbox(attempt.id, browserStorage(), () => clock.now());
    created.hydrate(attempt);
    return created;
  });

  const [scheduler] = useState(
    () =>
      new AutosaveScheduler({
        outbox,
        send: (body) => callApi('saveAnswers', { params: { attemptId: attempt.id }, body }),
        isRetryable: isTransientError,
        onStateChange: setSaveState,
        onSaved: (response) => {
          clock.sync(response.serverNow, Date.now());
          setDeadline(response.deadline);
        },
      }),
  );

  useEffect(() => {
    scheduler.start();
    const retryNow = () => scheduler.retryNow();
    window.addEventListener('online', retryNow);
    return () => {
      window.removeEventListener('online', retryNow);
      scheduler.stop();
    };
  }, [scheduler]);

  // A conflict means the attempt ended elsewhere (deadline, another tab): reload it to find out.
  const failedError = saveState.kind === 'failed' ? saveState.error : null;
  useEffect(() => {
    if (isApiError(failedError, 409)) {
      void queryClient.invalidateQueries({ queryKey: queryKeys.attempt(attempt.id), exact: true });
    }
  }, [failedError, queryClient, attempt.id]);

  const snapshot = useSyncExternalStore(outbox.subscribe, outbox.getSnapshot);

  const setAnswer = useCallback(
    (position: number, option: number | null) => {
      outbox.setAnswer(position, option);
      scheduler.changed();
    },
    [outbox, scheduler],
  );

  const setPrediction = useCallback(
    (value: number) => {
      outbox.setPrediction(value);
      scheduler.changed();
    },
    [outbox, scheduler],
  );

  return { outbox, scheduler, snapshot, saveState, deadline, setAnswer, setPrediction };
}
