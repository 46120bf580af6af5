import { ArgumentsHost, Catch, HttpException, Inject, Logger, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { isApiErrorCode, type ApiError, type ApiErrorCode } from '@contest/contracts';

import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { apiErrorBody } from './api-error';

interface FastifyError {
  statusCode?: number;
  code?: string;
  message: string;
}

/** The code a refusal gets when it was thrown without one (Nest's own, or a bare status). */
const CODE_BY_STATUS: Record<number, ApiErrorCode> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'too_many_requests',
  503: 'service_unavailable',
};

/**
 * Every error leaves in one shape, `{statusCode, error, code, params?, message, issues?}`, with a
 * code from API_ERRORS that the web translates. Fastify's own client errors (body too large,
 * malformed JSON, wrong content type) keep their 4xx status instead of becoming 500s; anything
 * unexpected is logged and answered without internals.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  constructor(@Inject(ENV) private readonly env: Env) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = toErrorBody(exception, this.env, host.switchToHttp().getRequest<FastifyRequest>());
    if (body.statusCode >= 500)
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    void reply.status(body.statusCode).send(body);
  }
}

/** Also used by the raw Fastify error handler, for errors raised before Nest routes a request. */
export function toErrorBody(exception: unknown, env: Limits, request?: FastifyRequest): ApiError {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (typeof response === 'object' && response !== null && 'code' in response) return response as ApiError;
    const fallback = apiErrorBody(
      status,
      CODE_BY_STATUS[status] ?? (status >= 500 ? 'server_error' : 'bad_request'),
    );
    return { ...fallback, message: typeof response === 'string' ? response : fallback.message };
  }
  const fastifyError = exception as FastifyError;
  const status = fastifyError?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const upload = String(request?.headers?.['content-type'] ?? '').startsWith('application/octet-stream');
    const [code, params] = fastifyClientError(fastifyError, env, upload);
    return apiErrorBody(status, code, params);
  }
  return apiErrorBody(500, 'server_error');
}

type Limits = Pick<Env, 'IMPORT_MAX_BYTES' | 'BODY_LIMIT_BYTES'>;

function fastifyClientError(
  e: FastifyError,
  env: Limits,
  upload: boolean,
): [ApiErrorCode, Record<string, number>?] {
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return upload
        ? ['file_too_large', { maxMb: Math.floor(env.IMPORT_MAX_BYTES / 1024 / 1024) }]
        : ['payload_too_large', { maxKb: Math.floor(env.BODY_LIMIT_BYTES / 1024) }];
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return ['unsupported_media_type'];
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return ['empty_json'];
    default:
      if (e.code && isApiErrorCode(e.code)) return [e.code];
      return [e.message.includes('JSON') ? 'invalid_json' : (CODE_BY_STATUS[e.statusCode!] ?? 'bad_request')];
  }
}
