import * as tus from 'tus-js-client';

/** Where the api takes resumable uploads (proxied to the api in development, same origin in production). */
export const UPLOADS_ENDPOINT = '/api/uploads';

/**
 * The uploads of an entry this browser started and did not finish. tus keeps them in localStorage by
 * the file's fingerprint (name, type, size, date), which says nothing of the entry: the same clip sent
 * to a withdrawn entry before must not be resumed into a new one.
 */
export async function storedUploadsOf(entryId: number): Promise<tus.PreviousUpload[]> {
  if (!tus.canStoreURLs) return [];
  const all = await tus.defaultOptions.urlStorage.findAllUploads();
  return all.filter((upload) => upload.metadata?.entryId === String(entryId) && upload.uploadUrl);
}

/** Drops what the browser remembers of an entry's uploads (after a cancel, even one the server did not hear). */
export async function forgetStoredUploads(entryId: number): Promise<void> {
  for (const upload of await storedUploadsOf(entryId))
    await tus.defaultOptions.urlStorage.removeUpload(upload.urlStorageKey);
}

/** How far an unfinished upload got on the server, or null when it is gone (expired, replaced, not ours). */
export async function uploadOffset(uploadUrl: string, signal?: AbortSignal): Promise<number | null> {
  try {
    const response = await fetch(uploadUrl, {
      method: 'HEAD',
      headers: { 'Tus-Resumable': '1.0.0' },
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    });
    const offset = Number(response.headers.get('Upload-Offset'));
    return response.ok && Number.isFinite(offset) ? offset : null;
  } catch {
    return null;
  }
}
