import { z } from 'zod';

export const healthSchema = z.object({ status: z.literal('ok') });
export const readinessSchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  checks: z.object({ postgres: z.boolean(), redis: z.boolean() }),
});
export type Readiness = z.infer<typeof readinessSchema>;
