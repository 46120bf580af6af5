import type { JudgeWork, ScoreSheetInput } from '@contest/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

import { callApi, isApiError, isTransientError, queryKeys } from '../../api';
import { browserStorage } from '../../lib/key-value-storage';
import { withSheet } from './judge-progress';
import { ScoreOutbox, liveSheetsStorageKey, type SheetKey, type SheetRefusal } from './score-outbox';
import { ScoreSender, type SenderState } from './score-sender';

/** A refusal kept by code and parameters, so it reads in the judge's language whenever shown. */
function refusalOf(error: unknown): SheetRefusal {
  if (isApiError(error)) return { code: error.code, params: { ...error.params }, message: error.message };
  return { code: '', params: {}, message: '' };
}

/**
 * A judge's live-final sheets on this phone: typed values and sends kept in storage, sent one by
 * one, and sent again when the line comes back (the browser's online event, or `retryNow` when the
 * socket reconnects). A saved sheet goes straight into the judge's work, as the server answered it.
 */
export function useScoreOutbox(judgeId: number, stageId: number) {
  const queryClient = useQueryClient();
  const [senderState, setSenderState] = useState<SenderState>({ kind: 'idle' });
  const [outbox] = useState(() => new ScoreOutbox(liveSheetsStorageKey(judgeId, stageId), browserStorage()));
  const [sender] = useState(
    () =>
      new ScoreSender({
        outbox,
        send: (sheet) =>
          callApi('scoreEntry', {
            params: { assignmentId: sheet.assignmentId },
            body: { scores: sheet.scores },
          }),
        // Signed out meanwhile: the sheet waits on the phone until the judge signs in again.
        isRetryable: (error) => isTransientError(error) || isApiError(error, 401),
        refusalOf,
        onStateChange: setSenderState,
        onSaved: (sheet) =>
          queryClient.setQueryData<JudgeWork>(queryKeys.judgeWork, (work) => work && withSheet(work, sheet)),
        // A refusal usually means the hall moved on (a part closed): read where it is now.
        onRefused: () => void queryClient.invalidateQueries({ queryKey: queryKeys.judgeWork }),
      }),
  );

  useEffect(() => {
    sender.start();
    const retryNow = () => sender.retryNow();
    window.addEventListener('online', retryNow);
    return () => {
      window.removeEventListener('online', retryNow);
      sender.stop();
    };
  }, [sender]);

  const snapshot = useSyncExternalStore(outbox.subscribe, outbox.getSnapshot);

  const send = useCallback(
    (sheet: SheetKey, scores: ScoreSheetInput['scores']) => {
      outbox.enqueue(sheet, scores);
      sender.queued();
    },
    [outbox, sender],
  );
  const retryNow = useCallback(() => sender.retryNow(), [sender]);

  return { outbox, snapshot, senderState, send, retryNow };
}
