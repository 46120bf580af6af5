import type { Entry } from '@contest/contracts';
import { useEffect, useState } from 'react';

import { hasInterruptedUpload } from './entry-state';
import { storedUploadsOf, uploadOffset } from './stored-uploads';

export interface InterruptedUpload {
  fileName: string;
  bytes: number;
  /** How far it got, when this browser still knows the upload (it started here); null otherwise. */
  sentRatio: number | null;
}

/**
 * An upload of this entry that stopped half-way (the page was reloaded or closed, the line dropped)
 * and how far it got, so the page can say "choose the same file again to go on from 43 %".
 */
export function useInterruptedUpload(entry: Entry, watching: boolean): InterruptedUpload | null {
  const pending = watching && hasInterruptedUpload(entry) ? entry.pendingFile : null;
  const [found, setFound] = useState<{ fileId: number; sentRatio: number | null } | null>(null);
  const pendingId = pending?.id ?? null;
  const pendingBytes = pending?.bytes ?? 0;

  useEffect(() => {
    if (pendingId === null) return;
    const controller = new AbortController();
    void (async () => {
      const stored = (await storedUploadsOf(entry.id)).find((u) => u.size === pendingBytes);
      const offset = stored?.uploadUrl ? await uploadOffset(stored.uploadUrl, controller.signal) : null;
      if (!controller.signal.aborted)
        setFound({ fileId: pendingId, sentRatio: offset !== null ? offset / pendingBytes : null });
    })();
    return () => controller.abort();
  }, [entry.id, pendingId, pendingBytes]);

  if (!pending) return null;
  return {
    fileName: pending.originalName,
    bytes: pending.bytes,
    sentRatio: found?.fileId === pending.id ? found.sentRatio : null,
  };
}
