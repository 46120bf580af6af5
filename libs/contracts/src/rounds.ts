import { z } from 'zod';

import { isoDateTime } from './common';

export const COUNTED_ATTEMPT = ['best', 'first'] as const;
export const countedAttemptSchema = z.enum(COUNTED_ATTEMPT);
export type CountedAttempt = z.infer<typeof countedAttemptSchema>;

export const topicQuotaSchema = z.object({
  topic: z.string().min(1).max(80),
  count: z.number().int().positive(),
});
export type TopicQuota = z.infer<typeof topicQuotaSchema>;

export const questionSelectionSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('fixed'), questionIds: z.array(z.number().int().positive()).min(1) }),
  z.object({ mode: z.literal('quota'), quotas: z.array(topicQuotaSchema).min(1) }),
]);
export type QuestionSelection = z.infer<typeof questionSelectionSchema>;

export const roundStatusSchema = z.enum(['upcoming', 'open', 'closed']);
export type RoundStatus = z.infer<typeof roundStatusSchema>;

/** What a participant may know about a round: never the questions or the key. */
export const roundSummarySchema = z.object({
  id: z.number().int(),
  contestId: z.number().int(),
  contestName: z.string(),
  name: z.string(),
  weekNumber: z.number().int(),
  opensAt: isoDateTime,
  closesAt: isoDateTime,
  status: roundStatusSchema,
  questionCount: z.number().int(),
  timeLimitSeconds: z.number().int(),
  attemptsAllowed: z.number().int(),
  countedAttempt: countedAttemptSchema,
  predictionEnabled: z.boolean(),
  predictionPrompt: z.string().nullable(),
});
export type RoundSummary = z.infer<typeof roundSummarySchema>;

export const currentRoundResponseSchema = z.object({
  serverNow: isoDateTime,
  /** The open round, else the next to open, else the last to close; null when the contest has none. */
  round: roundSummarySchema.nullable(),
  myAttemptsUsed: z.number().int(),
  /** An attempt of mine in this round that is still in progress, to resume. */
  myOpenAttemptId: z.number().int().nullable(),
});
export type CurrentRoundResponse = z.infer<typeof currentRoundResponseSchema>;
