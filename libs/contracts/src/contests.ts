import { z } from 'zod';

import { isoDateTime } from './common';
import {
  countedAttemptSchema,
  questionSelectionSchema,
  roundStatusSchema,
  topicQuotaSchema,
  type QuestionSelection,
} from './rounds';

export const PRIZE_TIERS = ['first', 'second', 'third', 'encouragement'] as const;
export const prizeTierSchema = z.enum(PRIZE_TIERS);
export type PrizeTier = z.infer<typeof prizeTierSchema>;

/**
 * When a participant sees their score: right after grading (a throwaway account can then probe
 * the key one answer at a time), or only once every window of the round has closed.
 */
export const SCORE_VISIBILITY = ['after_grading', 'after_close'] as const;
export const scoreVisibilitySchema = z.enum(SCORE_VISIBILITY);
export type ScoreVisibility = z.infer<typeof scoreVisibilitySchema>;

/** How many of each prize a round awards, in rank order: first prizes go to the top ranks. */
export const prizeCountsSchema = z.object({
  first: z.number().int().min(0).max(100),
  second: z.number().int().min(0).max(100),
  third: z.number().int().min(0).max(100),
  encouragement: z.number().int().min(0).max(1000),
});
export type PrizeCounts = z.infer<typeof prizeCountsSchema>;

const topicsSchema = z
  .array(z.string().trim().min(1).max(80))
  .min(1, 'cần ít nhất một chủ đề')
  .max(50)
  .refine((t) => new Set(t).size === t.length, {
    message: 'chủ đề bị trùng',
    params: { reason: 'topics_repeated' },
  });

/** A round as organizers see and edit it. */
export const roundAdminSchema = z.object({
  id: z.number().int(),
  contestId: z.number().int(),
  weekNumber: z.number().int(),
  name: z.string(),
  opensAt: isoDateTime,
  closesAt: isoDateTime,
  status: roundStatusSchema,
  questionCount: z.number().int(),
  timeLimitSeconds: z.number().int(),
  selection: questionSelectionSchema,
  shuffleQuestions: z.boolean(),
  shuffleOptions: z.boolean(),
  attemptsAllowed: z.number().int(),
  countedAttempt: countedAttemptSchema,
  predictionEnabled: z.boolean(),
  predictionPrompt: z.string().nullable(),
  scoreVisibility: scoreVisibilitySchema,
  finalisedAt: isoDateTime.nullable(),
  finaliseVersion: z.number().int(),
  publishedAt: isoDateTime.nullable(),
});
export type RoundAdmin = z.infer<typeof roundAdminSchema>;

export const contestSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  year: z.number().int(),
  topics: z.array(z.string()),
  prizeCounts: prizeCountsSchema,
  onePrizePerPerson: z.boolean(),
  /** Unit admins may take part and be ranked; organizers and judges never are. */
  unitAdminsCompete: z.boolean(),
  /** The public results show the full ranking with names and units; else only the winners. */
  publicRankingNames: z.boolean(),
  rounds: z.array(roundAdminSchema),
});
export type Contest = z.infer<typeof contestSchema>;
export const contestListResponseSchema = z.object({ items: z.array(contestSchema) });
export type ContestListResponse = z.infer<typeof contestListResponseSchema>;

const predictionPromptSchema = z.string().trim().min(5).max(500);
export const DEFAULT_PREDICTION_PROMPT =
  'Theo bạn, có bao nhiêu người trả lời đúng tất cả các câu hỏi của vòng thi này?';

/** Checks shared by the wizard and a round edit: quotas add up to the count, the window is sane. */
function quotasMatch(selection: QuestionSelection, questionCount: number): boolean {
  const total =
    selection.mode === 'quota'
      ? selection.quotas.reduce((sum, q) => sum + q.count, 0)
      : selection.questionIds.length;
  return selection.mode === 'quota' ? total === questionCount : total >= questionCount;
}

/** The contest wizard: one form creates the contest and all its weekly rounds. */
export const contestWizardSchema = z
  .object({
    name: z.string().trim().min(3).max(255),
    year: z.number().int().min(2000).max(2100),
    topics: topicsSchema,
    firstOpensAt: isoDateTime,
    /** How long each weekly round stays open, in hours (168 = the whole week). */
    openHours: z.number().int().min(1).max(168),
    weeks: z.number().int().min(1).max(52),
    questionsPerRound: z.number().int().min(1).max(200),
    timeLimitSeconds: z
      .number()
      .int()
      .min(60)
      .max(4 * 3600),
    quotas: z.array(topicQuotaSchema).min(1),
    attemptsAllowed: z.number().int().min(1).max(10),
    countedAttempt: countedAttemptSchema,
    predictionEnabled: z.boolean(),
    predictionPrompt: predictionPromptSchema.optional(),
    shuffleQuestions: z.boolean().optional().default(true),
    shuffleOptions: z.boolean().optional().default(true),
    scoreVisibility: scoreVisibilitySchema.optional().default('after_grading'),
    prizeCounts: prizeCountsSchema,
    onePrizePerPerson: z.boolean(),
    unitAdminsCompete: z.boolean().optional().default(false),
    publicRankingNames: z.boolean().optional().default(false),
  })
  .refine((w) => quotasMatch({ mode: 'quota', quotas: w.quotas }, w.questionsPerRound), {
    message: 'tổng số câu theo chủ đề phải bằng số câu mỗi vòng',
    params: { reason: 'quota_sum' },
    path: ['quotas'],
  })
  .refine((w) => w.quotas.every((q) => w.topics.includes(q.topic)), {
    message: 'mỗi chủ đề trong phân bổ phải thuộc danh sách chủ đề',
    params: { reason: 'quota_topic_unknown' },
    path: ['quotas'],
  });
export type ContestWizard = z.input<typeof contestWizardSchema>;

export const contestUpdateSchema = z.object({
  name: z.string().trim().min(3).max(255),
  year: z.number().int().min(2000).max(2100),
  topics: topicsSchema,
  prizeCounts: prizeCountsSchema,
  onePrizePerPerson: z.boolean(),
  unitAdminsCompete: z.boolean(),
  publicRankingNames: z.boolean(),
});
export type ContestUpdate = z.infer<typeof contestUpdateSchema>;

/** A round edit, allowed until the round opens. */
export const roundUpdateSchema = z
  .object({
    name: z.string().trim().min(1).max(255),
    opensAt: isoDateTime,
    closesAt: isoDateTime,
    questionCount: z.number().int().min(1).max(200),
    timeLimitSeconds: z
      .number()
      .int()
      .min(60)
      .max(4 * 3600),
    selection: questionSelectionSchema,
    shuffleQuestions: z.boolean(),
    shuffleOptions: z.boolean(),
    attemptsAllowed: z.number().int().min(1).max(10),
    countedAttempt: countedAttemptSchema,
    predictionEnabled: z.boolean(),
    predictionPrompt: predictionPromptSchema.nullable(),
    scoreVisibility: scoreVisibilitySchema,
  })
  .refine((r) => new Date(r.closesAt) > new Date(r.opensAt), {
    message: 'giờ đóng phải sau giờ mở',
    params: { reason: 'closes_before_opens' },
    path: ['closesAt'],
  })
  .refine((r) => quotasMatch(r.selection, r.questionCount), {
    message: 'phân bổ câu hỏi không khớp số câu của vòng',
    params: { reason: 'selection_count' },
    path: ['selection'],
  });
export type RoundUpdate = z.infer<typeof roundUpdateSchema>;

/** Extra time or attempts for one participant in one round, with who granted it and why. */
export const overrideRequestSchema = z
  .object({
    /** The participant's phone number or email. */
    login: z.string().trim().toLowerCase().min(3).max(254),
    extraSeconds: z
      .number()
      .int()
      .min(0)
      .max(4 * 3600),
    extraAttempts: z.number().int().min(0).max(5),
    reason: z.string().trim().min(5, 'ghi rõ lý do (ít nhất 5 ký tự)').max(500),
  })
  .refine((o) => o.extraSeconds > 0 || o.extraAttempts > 0, {
    message: 'cần thêm thời gian hoặc thêm lượt',
    params: { reason: 'override_empty' },
    path: ['extraSeconds'],
  });
export type OverrideRequest = z.infer<typeof overrideRequestSchema>;

export const overrideSchema = z.object({
  id: z.number().int(),
  roundId: z.number().int(),
  userId: z.number().int(),
  userFullName: z.string(),
  userLogin: z.string(),
  extraSeconds: z.number().int(),
  extraAttempts: z.number().int(),
  reason: z.string(),
  grantedBy: z.string(),
  grantedAt: isoDateTime,
});
export type Override = z.infer<typeof overrideSchema>;
export const overrideListResponseSchema = z.object({ items: z.array(overrideSchema) });
export type OverrideListResponse = z.infer<typeof overrideListResponseSchema>;
