import type { Track } from '@contest/contracts';
import { useEffect, useRef, useState } from 'react';

import { EntryUploadSession, IDLE_UPLOAD, isSending, type UploadView } from './entry-upload-session';

type Limits = Pick<Track, 'formats' | 'maxMegabytes' | 'maxDurationSeconds'>;

export type EntryUpload = ReturnType<typeof useEntryUpload>;

/**
 * The upload session of one entry's card, with its progress as state and a warning before leaving
 * mid-upload. `serverMark` names the entry's files as last fetched: once it moves after an upload
 * finished, the entry itself tells what became of the file.
 */
export function useEntryUpload(entryId: number, limits: Limits, serverMark: string, onSettled: () => void) {
  const [view, setView] = useState<UploadView>(IDLE_UPLOAD);
  const latest = useRef({ limits, onSettled });
  useEffect(() => {
    latest.current = { limits, onSettled };
  });
  const [session] = useState(
    () =>
      new EntryUploadSession({
        entryId,
        limits: () => latest.current.limits,
        onChange: setView,
        onSettled: () => latest.current.onSettled(),
      }),
  );

  useEffect(() => () => session.stop(), [session]);

  const finished = view.phase === 'done';
  const markWhenFinished = useRef<string | null>(null);
  useEffect(() => {
    if (!finished) markWhenFinished.current = null;
    else if (markWhenFinished.current === null) markWhenFinished.current = serverMark;
    else if (markWhenFinished.current !== serverMark) session.clearFinished();
  }, [finished, serverMark, session]);

  // It would resume, but only once the same file is chosen again: worth a question before closing.
  const sending = isSending(view.phase);
  useEffect(() => {
    if (!sending) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [sending]);

  return { view, session };
}
