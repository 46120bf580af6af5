import { z } from 'zod';

import { idSchema, isoDateTime } from './common';

export const AUDIT_ENTITIES = [
  'contest',
  'round',
  'question',
  'override',
  'finalisation',
  'prize',
  'unit',
  'track',
  'entry',
  'stage',
  'score',
  'register',
] as const;
export const auditEntitySchema = z.enum(AUDIT_ENTITIES);
export type AuditEntity = z.infer<typeof auditEntitySchema>;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: isoDateTime,
  actorId: z.number().int(),
  actorName: z.string(),
  action: z.string(),
  entityType: auditEntitySchema,
  entityId: z.number().int().nullable(),
  reason: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.object({
  entityType: auditEntitySchema.optional(),
  entityId: idSchema.optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
  pageSize: z.coerce.number().int().min(1).max(200).optional().default(50),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
export const auditPageSchema = z.object({ items: z.array(auditEntrySchema), total: z.number().int() });
export type AuditPage = z.infer<typeof auditPageSchema>;
