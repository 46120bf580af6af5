import { apiErrorSchema, type ApiError as ApiErrorBody } from '@contest/contracts';

/** The api's own refusal in a tus answer's body ({code, message, params}), or null for anything else. */
export function apiRefusalOf(body: string | null | undefined): ApiErrorBody | null {
  if (!body) return null;
  try {
    const parsed = apiErrorSchema.safeParse(JSON.parse(body));
    return parsed.success && parsed.data.code ? parsed.data : null;
  } catch {
    return null;
  }
}

interface Answer {
  /** The HTTP status, or 0 when no answer came (connection dropped, timeout). */
  status: number;
  body: string | null;
  online: boolean;
}

/**
 * tus retries 409 (offset mismatch) and 423 (locked) among the 4xx; but the api also answers 409
 * for a closed window or a file still processing, and those will not change by retrying.
 */
export function shouldRetryUpload({ status, body, online }: Answer): boolean {
  if (!online) return false;
  if (status === 0 || status >= 500) return true;
  if (apiRefusalOf(body)) return false;
  return status === 409 || status === 423;
}

export type UploadFailure = 'refused' | 'connection' | 'other';

/**
 * How a stopped upload failed: the api refused it (show its words, no point retrying), the line or a
 * proxy dropped (wait and resume), or something else, the api's own 5xx included (offer to try again).
 */
export function uploadFailureOf({ status, body, online }: Answer): UploadFailure {
  if (status > 0 && status < 500 && apiRefusalOf(body)) return 'refused';
  if (!online || status === 0 || (status >= 500 && !apiRefusalOf(body))) return 'connection';
  return 'other';
}
