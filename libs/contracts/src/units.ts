import { z } from 'zod';

import { idSchema } from './common';

export const UNIT_LEVELS = [
  'province',
  'central_agency',
  'department',
  'district',
  'commune',
  'school',
  'other',
] as const;
export const unitLevelSchema = z.enum(UNIT_LEVELS);
export type UnitLevel = z.infer<typeof unitLevelSchema>;

export const unitSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  level: unitLevelSchema,
  parentId: z.number().int().nullable(),
  headcount: z.number().int().nonnegative(),
  /** Names from the root down to the parent, so "Phòng Nội vụ" can be told apart by its district. */
  ancestry: z.array(z.string()),
});
export type Unit = z.infer<typeof unitSchema>;

export const unitSearchQuerySchema = z.object({
  q: z.string().trim().max(100).optional().default(''),
  limit: z.coerce.number().int().min(1).max(50).optional().default(20),
});
export type UnitSearchQuery = z.infer<typeof unitSearchQuerySchema>;
export const unitSearchResponseSchema = z.object({ items: z.array(unitSchema) });
export type UnitSearchResponse = z.infer<typeof unitSearchResponseSchema>;

export const unitParticipationQuerySchema = z.object({ roundId: idSchema });
export const unitMemberSchema = z.object({
  userId: z.number().int(),
  fullName: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  attempts: z.number().int(),
  bestScore: z.number().int().nullable(),
});
export const unitParticipationSchema = z.object({
  unit: unitSchema,
  roundId: z.number().int(),
  headcount: z.number().int(),
  registered: z.number().int(),
  participants: z.array(unitMemberSchema),
  /** Registered accounts of the subtree that have not started an attempt in this round. */
  absentees: z.array(unitMemberSchema),
  participationRate: z.number(),
});
export type UnitParticipation = z.infer<typeof unitParticipationSchema>;
