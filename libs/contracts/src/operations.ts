import { z } from 'zod';

export const healthSchema = z.object({ status: z.literal('ok') });
export const readinessSchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  /** media: the clip store (its directory is writable, or its bucket answers). */
  checks: z.object({ postgres: z.boolean(), redis: z.boolean(), media: z.boolean() }),
});
export type Readiness = z.infer<typeof readinessSchema>;
