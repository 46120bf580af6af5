import { z } from 'zod';

import { bodyIdSchema, isoDateTime } from './common';

export const COUNTED_ATTEMPT = ['best', 'first'] as const;
export const countedAttemptSchema = z.enum(COUNTED_ATTEMPT);
export type CountedAttempt = z.infer<typeof countedAttemptSchema>;

export const topicQuotaSchema = z.object({
  topic: z.string().min(1).max(80),
  count: z.number().int().positive().max(200),
});
export type TopicQuota = z.infer<typeof topicQuotaSchema>;

export const questionSelectionSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('fixed'), questionIds: z.array(bodyIdSchema).min(1).max(1000) }),
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
  /** 'after_close': scores are shown only from `reviewOpensAt`. */
  scoreVisibility: z.enum(['after_grading', 'after_close']),
  /** When no attempt of the round can still be written by anyone (extensions included): answer key and hidden scores appear. */
  reviewOpensAt: isoDateTime,
});
export type RoundSummary = z.infer<typeof roundSummarySchema>;

export const currentRoundEntrySchema = z.object({
  round: roundSummarySchema,
  myAttemptsUsed: z.number().int(),
  /** An attempt of mine in this round that is still in progress, to resume. */
  myOpenAttemptId: z.number().int().nullable(),
  /** False when my role may not take part in this contest (organizers, judges, unit admins where the contest says so). */
  mayTakePart: z.boolean(),
});
export type CurrentRoundEntry = z.infer<typeof currentRoundEntrySchema>;

export const currentRoundResponseSchema = z.object({
  serverNow: isoDateTime,
  /**
   * Every open round of every contest, then each other contest's next round to open; when that
   * is empty, the last round to close. Open rounds first, soonest to close first.
   */
  rounds: z.array(currentRoundEntrySchema),
});
export type CurrentRoundResponse = z.infer<typeof currentRoundResponseSchema>;
