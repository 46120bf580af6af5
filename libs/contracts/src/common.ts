import { z } from 'zod';

// Vietnamese first: zod's own messages (where a schema gives none) reach users in 400 answers.
z.config(z.locales.vi());

export const INT32_MAX = 2_147_483_647;
/** An id in a path or query string: a positive int32, as Postgres stores it. */
export const idSchema = z.coerce.number().int().positive().max(INT32_MAX);
/** An id in a JSON body. */
export const bodyIdSchema = z.number().int().positive().max(INT32_MAX);

/** Error body of every 4xx/5xx answer: a stable code for programs, a message for people. */
export const apiErrorSchema = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  /** Stable, one of API_ERRORS' keys: what the web translates. */
  code: z.string(),
  /** Values for the code's placeholders (dates as ISO 8601). */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  message: z.string(),
  issues: z
    .array(
      z.object({
        path: z.string(),
        message: z.string(),
        /** zod's issue code (too_small, invalid_type, custom…) and its bounds, for translation. */
        code: z.string().optional(),
        params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      }),
    )
    .optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export const isoDateTime = z.string().datetime({ offset: true });
