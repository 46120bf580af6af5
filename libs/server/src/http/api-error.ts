import { HttpException, HttpStatus } from '@nestjs/common';

import { API_ERRORS, fillPlaceholders, type ApiError, type ApiErrorCode } from '@contest/contracts';

import { formatVn } from '../common/format-vn';

type Params = Record<string, string | number | Date>;

/** The body every refusal leaves with: a stable code, its parameters, and the Vietnamese text. */
export function apiErrorBody(status: number, code: ApiErrorCode, params: Params = {}): ApiError {
  const sent = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]),
  );
  const words = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, v instanceof Date ? formatVn(v) : String(v)]),
  );
  return {
    statusCode: status,
    error: HttpStatus[status] ?? 'Error',
    code,
    message: fillPlaceholders(API_ERRORS[code], words),
    ...(Object.keys(sent).length ? { params: sent } : {}),
  };
}

/** A refusal by code: `throw apiError(HttpStatus.CONFLICT, 'round_closed')`. */
export function apiError(status: HttpStatus, code: ApiErrorCode, params?: Params): HttpException {
  return new HttpException(apiErrorBody(status, code, params), status);
}

export const notFound = (code: ApiErrorCode = 'not_found', params?: Params) =>
  apiError(HttpStatus.NOT_FOUND, code, params);
export const conflict = (code: ApiErrorCode, params?: Params) => apiError(HttpStatus.CONFLICT, code, params);
export const forbidden = (code: ApiErrorCode = 'forbidden', params?: Params) =>
  apiError(HttpStatus.FORBIDDEN, code, params);
export const unprocessable = (code: ApiErrorCode, params?: Params) =>
  apiError(HttpStatus.UNPROCESSABLE_ENTITY, code, params);
