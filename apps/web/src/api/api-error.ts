import { apiErrorSchema, type ApiError as ApiErrorBody } from '@contest/contracts';

type Issue = NonNullable<ApiErrorBody['issues']>[number];

/** A 4xx/5xx answer from the api; `message` is written for people and can be shown as is. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: readonly Issue[];

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = body.statusCode;
    this.code = body.error;
    this.issues = body.issues ?? [];
  }

  static fromResponse(status: number, statusText: string, body: unknown): ApiError {
    const parsed = apiErrorSchema.safeParse(body);
    return new ApiError(
      parsed.success ? parsed.data : { statusCode: status, error: statusText, message: '' },
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
