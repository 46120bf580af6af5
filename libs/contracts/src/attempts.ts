import { z } from 'zod';

import { isoDateTime } from './common';

export const MAX_OPTIONS = 6;

/** A question as the participant sees it: options already in this attempt's shuffled order. */
export const paperQuestionSchema = z.object({
  position: z.number().int().nonnegative(),
  text: z.string(),
  options: z.array(z.string()).min(2).max(MAX_OPTIONS),
});
export type PaperQuestion = z.infer<typeof paperQuestionSchema>;

export const attemptStatusSchema = z.enum(['in_progress', 'submitted', 'graded']);
export type AttemptStatus = z.infer<typeof attemptStatusSchema>;

export const savedAnswerSchema = z.object({
  position: z.number().int().nonnegative(),
  /** Index into the options as shown in this attempt; null clears the answer. */
  option: z
    .number()
    .int()
    .nonnegative()
    .max(MAX_OPTIONS - 1)
    .nullable(),
});

export const attemptViewSchema = z.object({
  id: z.number().int(),
  roundId: z.number().int(),
  status: attemptStatusSchema,
  startedAt: isoDateTime,
  deadline: isoDateTime,
  serverNow: isoDateTime,
  questions: z.array(paperQuestionSchema),
  answers: z.array(savedAnswerSchema),
  prediction: z.number().int().nullable(),
  predictionPrompt: z.string().nullable(),
});
export type AttemptView = z.infer<typeof attemptViewSchema>;

/**
 * One autosave. `seq` grows with every change the browser makes (it is the browser's own counter),
 * so a retried or late request never overwrites a newer answer: last write wins per question by seq.
 */
export const answerChangeSchema = z.object({
  position: z.number().int().nonnegative().max(199),
  option: z
    .number()
    .int()
    .nonnegative()
    .max(MAX_OPTIONS - 1)
    .nullable(),
  seq: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
});
export type AnswerChange = z.infer<typeof answerChangeSchema>;

export const saveAnswersRequestSchema = z.object({
  answers: z.array(answerChangeSchema).max(200).default([]),
  prediction: z
    .object({
      value: z.number().int().min(0).max(10_000_000),
      seq: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    })
    .optional(),
});
export type SaveAnswersRequest = z.infer<typeof saveAnswersRequestSchema>;

export const saveAnswersResponseSchema = z.object({
  /** Positions whose answer now equals what this request sent (newer writes already there excepted). */
  accepted: z.array(z.number().int()),
  serverNow: isoDateTime,
  deadline: isoDateTime,
});
export type SaveAnswersResponse = z.infer<typeof saveAnswersResponseSchema>;

/** Submitting may carry the last unsaved changes, so one request is enough when the network is poor. */
export const submitAttemptRequestSchema = saveAnswersRequestSchema;
export type SubmitAttemptRequest = z.infer<typeof submitAttemptRequestSchema>;

export const submitAttemptResponseSchema = z.object({
  id: z.number().int(),
  status: attemptStatusSchema,
  submittedAt: isoDateTime,
  /** False when this attempt had already been submitted: nothing changed. */
  firstSubmit: z.boolean(),
});
export type SubmitAttemptResponse = z.infer<typeof submitAttemptResponseSchema>;

export const reviewItemSchema = z.object({
  position: z.number().int(),
  text: z.string(),
  options: z.array(z.string()),
  chosen: z.number().int().nullable(),
  correct: z.number().int(),
});

export const attemptResultSchema = z.object({
  id: z.number().int(),
  roundId: z.number().int(),
  roundName: z.string(),
  status: attemptStatusSchema,
  startedAt: isoDateTime,
  submittedAt: isoDateTime.nullable(),
  submittedBy: z.enum(['participant', 'system']).nullable(),
  /** Null until graded, and while the round shows scores only after close. */
  score: z.number().int().nullable(),
  /** Set when the attempt is graded but its score stays hidden until then. */
  scoreHiddenUntil: isoDateTime.nullable(),
  questionCount: z.number().int(),
  timeTakenMs: z.number().int().nullable(),
  prediction: z.number().int().nullable(),
  /** The answer key appears only once no attempt of the round can still be written (`roundClosesAt`). */
  review: z.array(reviewItemSchema).nullable(),
  /** When the round is closed for everyone, extended windows included: reviews open then. */
  roundClosesAt: isoDateTime,
});
export type AttemptResult = z.infer<typeof attemptResultSchema>;

export const myAttemptsResponseSchema = z.object({
  items: z.array(
    attemptResultSchema
      .omit({ review: true })
      .extend({ contestName: z.string(), weekNumber: z.number().int() }),
  ),
});
export type MyAttemptsResponse = z.infer<typeof myAttemptsResponseSchema>;
