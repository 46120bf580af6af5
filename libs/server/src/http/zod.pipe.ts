import { HttpStatus, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

import { apiError } from './api-error';
import { findBadText, MAX_INPUT_DEPTH } from './request-guards';

/** Validates a body, query or param with a shared contract schema; a failure is a 400 naming each field. */
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.infer<S> {
    // Every schema, whatever its fields: text with NUL or a lone surrogate never reaches Postgres.
    const bad = findBadText(value);
    if (bad)
      throw validationError([
        {
          code: 'custom',
          path: bad.path,
          message:
            bad.reason === 'bad_text'
              ? 'chứa ký tự không hợp lệ (NUL hoặc mã UTF-16 lẻ)'
              : `lồng nhau quá ${MAX_INPUT_DEPTH} tầng`,
          params: { reason: bad.reason },
          input: undefined,
        },
      ]);
    const parsed = this.schema.safeParse(value ?? {});
    if (parsed.success) return parsed.data;
    throw validationError(parsed.error.issues);
  }
}

/** Issue fields worth a translation's placeholders: the bounds and the expected type or format. */
const ISSUE_PARAMS = ['minimum', 'maximum', 'expected', 'format', 'origin'] as const;

export function validationError(zodIssues: z.core.$ZodIssue[]) {
  const issues = zodIssues.map((i) => {
    // A contract's own refinement names itself in params.reason (see e.g. passwordSchema).
    const reason = i.code === 'custom' ? (i.params as { reason?: unknown } | undefined)?.reason : undefined;
    const fields = i as unknown as Record<string, unknown>;
    const params: Record<string, string | number> = {};
    for (const k of ISSUE_PARAMS) {
      const v = fields[k];
      if (typeof v === 'string' || typeof v === 'number') params[k] = v;
      else if (typeof v === 'bigint') params[k] = Number(v);
    }
    if (typeof reason === 'string') params.reason = reason;
    return {
      path: i.path.join('.') || '(body)',
      message: i.message,
      code: i.code,
      ...(Object.keys(params).length ? { params } : {}),
    };
  });
  const error = apiError(HttpStatus.BAD_REQUEST, 'validation_failed', {
    details: issues.map((i) => `${i.path}: ${i.message}`).join('; '),
  });
  Object.assign(error.getResponse() as object, { issues });
  return error;
}
