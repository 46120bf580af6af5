import { z } from 'zod';

import { isoDateTime } from './common';
import { prizeTierSchema } from './contests';

export const finaliseRequestSchema = z
  .object({
    /** Recompute a round already finalised (after an override, say); needs a reason, and is audited. */
    refinalise: z.boolean().optional().default(false),
    reason: z.string().trim().max(500).optional(),
  })
  .refine((r) => !r.refinalise || (r.reason?.length ?? 0) >= 5, {
    message: 'tính lại kết quả cần ghi rõ lý do (ít nhất 5 ký tự)',
    params: { reason: 'refinalise_reason' },
    path: ['reason'],
  });
export type FinaliseRequest = z.input<typeof finaliseRequestSchema>;

export const rankingEntrySchema = z.object({
  rank: z.number().int(),
  userId: z.number().int(),
  fullName: z.string(),
  unitName: z.string(),
  attemptId: z.number().int(),
  score: z.number().int(),
  questionCount: z.number().int(),
  prediction: z.number().int().nullable(),
  predictionDistance: z.number().int().nullable(),
  timeTakenMs: z.number().int(),
  submittedAt: isoDateTime,
  prize: prizeTierSchema.nullable(),
});
export type RankingEntry = z.infer<typeof rankingEntrySchema>;

export const finalisationSchema = z.object({
  roundId: z.number().int(),
  roundName: z.string(),
  contestName: z.string(),
  version: z.number().int(),
  /** The true answer to the prediction question: participants whose counted attempt was perfect. */
  trueValue: z.number().int(),
  participants: z.number().int(),
  questionCount: z.number().int(),
  finalisedAt: isoDateTime,
  finalisedBy: z.string(),
  publishedAt: isoDateTime.nullable(),
  winners: z.array(rankingEntrySchema),
  flaggedQuestions: z.number().int(),
});
export type Finalisation = z.infer<typeof finalisationSchema>;

export const rankingQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
  pageSize: z.coerce.number().int().min(1).max(500).optional().default(100),
});
export type RankingQuery = z.infer<typeof rankingQuerySchema>;
export const rankingPageSchema = z.object({
  items: z.array(rankingEntrySchema),
  total: z.number().int(),
});
export type RankingPage = z.infer<typeof rankingPageSchema>;

export const QUESTION_FLAGS = ['negative_discrimination', 'distractor_beats_key'] as const;
export const questionFlagSchema = z.enum(QUESTION_FLAGS);
export type QuestionFlag = z.infer<typeof questionFlagSchema>;

export const questionStatSchema = z.object({
  questionId: z.number().int(),
  text: z.string(),
  topic: z.string(),
  options: z.array(z.string()),
  correctOption: z.number().int(),
  /** Counted attempts that were shown the question. */
  shown: z.number().int(),
  /** Share of those that chose the key (unanswered counts as wrong). */
  facility: z.number(),
  /** Facility in the top 27% by score minus facility in the bottom 27%; null when too few. */
  discrimination: z.number().nullable(),
  /** How many chose each option, in the bank's order; unanswered not included. */
  optionCounts: z.array(z.number().int()),
  flags: z.array(questionFlagSchema),
});
export type QuestionStat = z.infer<typeof questionStatSchema>;
export const questionStatsResponseSchema = z.object({ items: z.array(questionStatSchema) });
export type QuestionStatsResponse = z.infer<typeof questionStatsResponseSchema>;

/** A published round on the public results page. */
export const publishedRoundSchema = z.object({
  roundId: z.number().int(),
  contestName: z.string(),
  roundName: z.string(),
  weekNumber: z.number().int(),
  closesAt: isoDateTime,
  publishedAt: isoDateTime,
  participants: z.number().int(),
  trueValue: z.number().int(),
  questionCount: z.number().int(),
});
export type PublishedRound = z.infer<typeof publishedRoundSchema>;
export const publishedRoundsResponseSchema = z.object({ items: z.array(publishedRoundSchema) });
export type PublishedRoundsResponse = z.infer<typeof publishedRoundsResponseSchema>;

export const publicRankingQuerySchema = rankingQuerySchema.extend({
  /** Find people by name, ignoring Vietnamese tone marks (only where the ranking is public). */
  q: z.string().trim().max(100).optional().default(''),
});
export type PublicRankingQuery = z.infer<typeof publicRankingQuerySchema>;

const publicEntrySchema = rankingEntrySchema.omit({ userId: true, attemptId: true });
export type PublicRankingEntry = z.infer<typeof publicEntrySchema>;
export const publicResultsSchema = z.object({
  round: publishedRoundSchema,
  winners: z.array(publicEntrySchema),
  /** False when the organizer keeps the full ranking private: `ranking` is then empty. */
  rankingPublic: z.boolean(),
  ranking: z.array(publicEntrySchema),
  /** Entries matching `q` (or all); 0 when the ranking is private. */
  total: z.number().int(),
  /** The signed-in participant's own line, public ranking or not. */
  mine: publicEntrySchema.nullable(),
});
export type PublicResults = z.infer<typeof publicResultsSchema>;
