import { z } from 'zod';

import { bodyIdSchema, isoDateTime } from './common';

export const EXPORT_KINDS = [
  'round_ranking',
  'round_winners',
  'contest_ranking',
  'question_stats',
  'stage_votes',
] as const;
export const exportKindSchema = z.enum(EXPORT_KINDS);
export type ExportKind = z.infer<typeof exportKindSchema>;

export const exportRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('round_ranking'), roundId: bodyIdSchema }),
  z.object({ kind: z.literal('round_winners'), roundId: bodyIdSchema }),
  z.object({ kind: z.literal('question_stats'), roundId: bodyIdSchema }),
  z.object({ kind: z.literal('contest_ranking'), contestId: bodyIdSchema }),
  z.object({ kind: z.literal('stage_votes'), stageId: bodyIdSchema }),
]);
export type ExportRequest = z.infer<typeof exportRequestSchema>;

export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export const exportJobSchema = z.object({
  id: z.number().int(),
  kind: exportKindSchema,
  status: z.enum(EXPORT_STATUSES),
  /** 0…1 */
  progress: z.number(),
  rows: z.number().int(),
  fileName: z.string(),
  byteSize: z.number().int().nullable(),
  error: z.string().nullable(),
  createdAt: isoDateTime,
  finishedAt: isoDateTime.nullable(),
});
export type ExportJob = z.infer<typeof exportJobSchema>;
export const exportListResponseSchema = z.object({ items: z.array(exportJobSchema) });
export type ExportListResponse = z.infer<typeof exportListResponseSchema>;

/** Queue payload: the export row already exists in Postgres; the worker fills it. */
export const exportJobPayloadSchema = z.object({ exportId: z.number().int().positive() });
export type ExportJobPayload = z.infer<typeof exportJobPayloadSchema>;
