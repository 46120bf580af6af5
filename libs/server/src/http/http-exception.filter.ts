import {
  ArgumentsHost,
  Catch,
  HttpException,
  HttpStatus,
  Inject,
  Logger,
  type ExceptionFilter,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

import type { ApiError } from '@contest/contracts';

import { ENV } from '../config/config.module';
import type { Env } from '../config/env';

interface FastifyError {
  statusCode?: number;
  code?: string;
  message: string;
}

/**
 * Every error leaves in one shape, `{statusCode, error, message, issues?}`. Fastify's own client
 * errors (body too large, malformed JSON, wrong content type) keep their 4xx status instead of
 * becoming 500s; anything unexpected is logged and answered without internals.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  constructor(@Inject(ENV) private readonly env: Env) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const upload = String(request?.headers?.['content-type'] ?? '').startsWith('application/octet-stream');
    const body = this.toBody(exception, upload);
    if (body.statusCode >= 500)
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    void reply.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown, upload: boolean): ApiError {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && response !== null && 'message' in response) {
        const r = response as Partial<ApiError> & { message: string | string[] };
        return {
          statusCode: status,
          error: r.error ?? HttpStatus[status] ?? 'Error',
          message: Array.isArray(r.message) ? r.message.join('; ') : r.message,
          ...(r.issues ? { issues: r.issues } : {}),
        };
      }
      return { statusCode: status, error: HttpStatus[status] ?? 'Error', message: String(response) };
    }
    const fastifyError = exception as FastifyError;
    const status = fastifyError?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return {
        statusCode: status,
        error: HttpStatus[status] ?? 'Error',
        message: clientErrorMessage(fastifyError, upload, this.env.IMPORT_MAX_BYTES),
      };
    }
    return { statusCode: 500, error: 'Internal Server Error', message: 'Lỗi máy chủ, vui lòng thử lại' };
  }
}

function clientErrorMessage(e: FastifyError, upload: boolean, importMaxBytes: number): string {
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return upload
        ? `Tệp quá lớn: tối đa ${Math.floor(importMaxBytes / 1024 / 1024)} MB mỗi lần nhập. Hãy chia tệp thành nhiều phần.`
        : 'Dữ liệu gửi lên quá lớn';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Chỉ nhận dữ liệu JSON (tệp tải lên: application/octet-stream)';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'Thiếu nội dung JSON';
    default:
      return e.message.includes('JSON') ? 'JSON không hợp lệ' : e.message;
  }
}
