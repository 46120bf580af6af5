import { HttpStatus, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

import { apiError } from './api-error';

/** Validates a body, query or param with a shared contract schema; a failure is a 400 naming each field. */
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.infer<S> {
    const parsed = this.schema.safeParse(value ?? {});
    if (parsed.success) return parsed.data;
    throw validationError(parsed.error.issues);
  }
}

/** Issue fields worth a translation's placeholders: the bounds and the expected type or format. */
const ISSUE_PARAMS = ['minimum', 'maximum', 'expected', 'format', 'origin'] as const;

export function validationError(zodIssues: z.core.$ZodIssue[]) {
  const issues = zodIssues.map((i) => {
    const params = Object.fromEntries(
      ISSUE_PARAMS.filter(
        (k) => k in i && ['string', 'number', 'bigint'].includes(typeof (i as never)[k]),
      ).map((k) => [k, typeof (i as never)[k] === 'bigint' ? Number((i as never)[k]) : (i as never)[k]]),
    );
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
