import { ArgumentsHost, Catch, HttpException, Inject, Logger, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

import type { ApiError, ApiErrorCode } from '@contest/contracts';

import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { apiErrorBody } from './api-error';
import { isMediaType } from './request-guards';
import { unavailableCode } from './unavailable';

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
 * malformed JSON, wrong content type) keep their 4xx status and get a code instead of becoming
 * 500s; anything unexpected is logged and answered without internals.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  constructor(@Inject(ENV) private readonly env: Env) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = toErrorBody(exception, this.env, host.switchToHttp().getRequest<FastifyRequest>());
    if (body.statusCode === 503) {
      // An outage is logged once per request as a line, not a stack: under load there are many.
      this.logger.warn(`${body.code}: ${exception instanceof Error ? exception.message : String(exception)}`);
      void reply.header('retry-after', '2');
    } else if (body.statusCode >= 500)
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    void reply.status(body.statusCode).send(body);
  }
}

type Limits = Pick<Env, 'IMPORT_MAX_BYTES' | 'BODY_LIMIT_BYTES'>;

function toErrorBody(exception: unknown, env: Limits, request?: FastifyRequest): ApiError {
  const upload = isMediaType(request?.headers?.['content-type'], 'application/octet-stream');
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (typeof response === 'object' && response !== null && 'code' in response) return response as ApiError;
    // Nest hands Fastify's own client errors (parsing, limits) over as a status and an English message.
    const message = typeof response === 'string' ? response : exception.message;
    return apiErrorBody(status, ...codeFor(status, message, upload, env));
  }
  const fastifyError = exception as { statusCode?: number; message?: string };
  const status = fastifyError?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500)
    return apiErrorBody(status, ...codeFor(status, fastifyError.message ?? '', upload, env));
  const outage = unavailableCode(exception);
  return outage ? apiErrorBody(503, outage) : apiErrorBody(500, 'server_error');
}

function codeFor(
  status: number,
  message: string,
  upload: boolean,
  env: Limits,
): [ApiErrorCode, Record<string, number>?] {
  if (status === 413)
    return upload
      ? ['file_too_large', { maxMb: Math.floor(env.IMPORT_MAX_BYTES / 1024 / 1024) }]
      : ['payload_too_large', { maxKb: Math.floor(env.BODY_LIMIT_BYTES / 1024) }];
  if (status === 400 && /empty/i.test(message)) return ['empty_json'];
  if (status === 400 && /JSON/i.test(message)) return ['invalid_json'];
  return [CODE_BY_STATUS[status] ?? (status >= 500 ? 'server_error' : 'bad_request')];
}
