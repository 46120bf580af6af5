import { apiErrorSchema, type ApiError as ApiErrorBody } from '@contest/contracts';

import { localizeApiError } from './error-text';

type Issue = NonNullable<ApiErrorBody['issues']>[number];

let readerLanguage = (): string => 'vi';

/** Tells api errors which language to word themselves in (set once by the i18n setup). */
export function setApiErrorLanguage(language: () => string): void {
  readerLanguage = language;
}

/** A refusal that arrived by code outside an HTTP answer (a socket acknowledgement), in the reader's words. */
export function refusalText(code: string, message: string): string {
  return localizeApiError({ statusCode: 403, error: 'Forbidden', code, message }, readerLanguage()).message;
}

/**
 * A 4xx/5xx answer from the api. `message` and each issue's message are in the reader's
 * language and can be shown as is; `code` is stable (API_ERRORS) for code that needs to branch.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly issues: readonly Issue[];

  constructor(body: ApiErrorBody) {
    const localized = localizeApiError(body, readerLanguage());
    super(localized.message);
    this.name = 'ApiError';
    this.status = body.statusCode;
    this.code = body.code;
    this.params = body.params ?? {};
    this.issues = localized.issues;
  }

  static fromResponse(status: number, statusText: string, body: unknown): ApiError {
    const parsed = apiErrorSchema.safeParse(body);
    // Not the api's shape (a proxy's error page): no words to show, the caller says what failed.
    return new ApiError(
      parsed.success ? parsed.data : { statusCode: status, error: statusText, code: '', message: '' },
    );
  }
}

/** The request never got an answer: offline, DNS, connection reset, proxy down. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network request failed', { cause });
    this.name = 'NetworkError';
  }
}

export const isApiError = (error: unknown, status?: number): error is ApiError =>
  error instanceof ApiError && (status === undefined || error.status === status);

/** Worth trying again later: the network or the server failed, not the request itself. */
export const isTransientError = (error: unknown): boolean =>
  error instanceof NetworkError ||
  (error instanceof ApiError && (error.status >= 500 || error.status === 429));
