import { z } from 'zod';

// Vietnamese first: zod's own messages (where a schema gives none) reach users in 400 answers.
z.config(z.locales.vi());

export const idSchema = z.coerce.number().int().positive().max(2_147_483_647);

/** Error body of every 4xx/5xx answer: a stable code for programs, a message for people. */
export const apiErrorSchema = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export const isoDateTime = z.string().datetime({ offset: true });
