import { z } from 'zod';

import { bodyIdSchema, isoDateTime } from './common';
import { judgeLiveSchema } from './live-final';
import { aggregationMethodSchema, criterionSchema, entrySchema, stageSchema, trackSchema } from './entries';

// ---- Assignments (organizer) ----

export const methodAvailabilitySchema = z.object({
  method: aggregationMethodSchema,
  allowed: z.boolean(),
  /** Why not: each entry needs `min` judges (trimmed mean), or each judge `min` entries (z-score). */
  reason: z.enum(['trimmed_needs_judges', 'z_score_needs_entries']).nullable(),
  min: z.number().int().nullable(),
});
export type MethodAvailability = z.infer<typeof methodAvailabilitySchema>;

export const judgeSummarySchema = z.object({
  id: z.number().int(),
  fullName: z.string(),
  login: z.string(),
  unitId: z.number().int().nullable(),
  /** The unit's materialised path ("/1/5/23/"): conflicts reach its parent and sub-units. */
  unitPath: z.string().nullable(),
  unitName: z.string().nullable(),
  assigned: z.number().int(),
  scored: z.number().int(),
});
export type JudgeSummary = z.infer<typeof judgeSummarySchema>;

export const assignmentSchema = z.object({
  id: z.number().int(),
  entryId: z.number().int(),
  judgeId: z.number().int(),
  source: z.enum(['manual', 'auto']),
  /** Set when the judge declared a conflict: they score nothing on it. */
  conflict: z.string().nullable(),
  /** Every criterion scored. */
  complete: z.boolean(),
});
export type Assignment = z.infer<typeof assignmentSchema>;

export const assignmentBoardSchema = z.object({
  stage: stageSchema,
  judges: z.array(judgeSummarySchema),
  entries: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      unitId: z.number().int(),
      unitPath: z.string(),
      unitName: z.string(),
    }),
  ),
  assignments: z.array(assignmentSchema),
  /** Which aggregation methods the current assignments allow, and why not. */
  methods: z.array(methodAvailabilitySchema),
});
export type AssignmentBoard = z.infer<typeof assignmentBoardSchema>;

export const autoAssignSchema = z.object({
  judgesPerEntry: z.number().int().min(1).max(50),
  /** The panel to draw from; absent: every judge account. */
  judgeIds: z.array(bodyIdSchema).min(1).max(500).optional(),
});
export type AutoAssign = z.infer<typeof autoAssignSchema>;
export const autoAssignResultSchema = z.object({
  added: z.number().int(),
  short: z.array(z.object({ entryId: z.number().int(), missing: z.number().int() })),
});
export type AutoAssignResult = z.infer<typeof autoAssignResultSchema>;
export const assignmentCreateSchema = z.object({ entryId: bodyIdSchema, judgeId: bodyIdSchema });
export type AssignmentCreate = z.infer<typeof assignmentCreateSchema>;

// ---- A judge's own work ----

export const criterionScoreSchema = z.object({
  criterionId: z.number().int(),
  points: z.number().nullable(),
  comment: z.string().nullable(),
});

export const judgeEntrySchema = z.object({
  assignmentId: z.number().int(),
  /** 1-based place in this judge's own order. */
  order: z.number().int(),
  entry: entrySchema,
  scores: z.array(criterionScoreSchema),
  total: z.number().nullable(),
  complete: z.boolean(),
  conflict: z.string().nullable(),
});
export type JudgeEntry = z.infer<typeof judgeEntrySchema>;

export const judgeStageSchema = z.object({
  track: trackSchema.pick({ id: true, title: true, contestName: true, kind: true }),
  stage: stageSchema,
  /**
   * Why the stage's sheets cannot be saved now (not open yet, window closed, locked), with the
   * refusal's parameters; null when scoring is open. The server's own rule, so the page agrees.
   */
  scoringRefusal: z.object({ code: z.string(), params: z.record(z.string(), z.string()) }).nullable(),
  /** A live final: where the hall is and which parts take scores now; null for any other stage. */
  live: judgeLiveSchema.nullable(),
  entries: z.array(judgeEntrySchema),
});
export const judgeWorkSchema = z.object({ stages: z.array(judgeStageSchema) });
export type JudgeWork = z.infer<typeof judgeWorkSchema>;

export const scoreSheetInputSchema = z.object({
  scores: z
    .array(
      z.object({
        criterionId: bodyIdSchema,
        points: z.number().min(0).max(1000).multipleOf(0.25),
        comment: z.string().trim().max(2000).nullable(),
      }),
    )
    .min(1)
    .max(20)
    // Two points for one criterion in one sheet would say two things at once: refused whole.
    .refine((scores) => new Set(scores.map((s) => s.criterionId)).size === scores.length, {
      message: 'mỗi tiêu chí chỉ chấm một lần trong một phiếu',
      params: { reason: 'criterion_repeated' },
    }),
});
export type ScoreSheetInput = z.infer<typeof scoreSheetInputSchema>;
export const conflictDeclarationSchema = z.object({ reason: z.string().trim().min(5).max(500) });
export type ConflictDeclaration = z.infer<typeof conflictDeclarationSchema>;

// ---- Totals, traceable to every judge's criterion scores and the votes ----

export const judgeSheetSchema = z.object({
  judgeId: z.number().int(),
  judgeName: z.string(),
  scores: z.array(criterionScoreSchema),
  total: z.number().nullable(),
  /** For the z-score method: this judge's total brought onto the common scale. */
  normalised: z.number().nullable(),
});

export const standingSchema = z.object({
  rank: z.number().int(),
  entryId: z.number().int(),
  title: z.string(),
  unitName: z.string(),
  thumbnailUrl: z.string().nullable(),
  judgePoints: z.number(),
  /** Gallery votes, or likes + shares where the stage counts a social page's. */
  votes: z.number().int(),
  /** Counted on a social page: the likes and shares `votes` adds up; null for gallery votes. */
  likes: z.number().int().nullable(),
  shares: z.number().int().nullable(),
  votePoints: z.number(),
  total: z.number(),
  prize: z.string().nullable(),
  submittedAt: isoDateTime.nullable(),
  sheets: z.array(judgeSheetSchema),
});
export type Standing = z.infer<typeof standingSchema>;

export const stageResultsSchema = z.object({
  track: trackSchema,
  stage: stageSchema,
  criteria: z.array(criterionSchema),
  /** Entries whose judges have not all finished: totals can still change. */
  incomplete: z.number().int(),
  standings: z.array(standingSchema),
  /** True when read from what was frozen at publishing. */
  published: z.boolean(),
  /**
   * Who went on to the next stage, and by which rule (the reason every advancing entry carries);
   * null while nothing has advanced from this stage.
   */
  advancement: z
    .object({
      nextStage: z.object({ id: z.number().int(), name: z.string() }),
      entryIds: z.array(z.number().int()),
      reason: z.string(),
    })
    .nullable(),
});
export type StageResults = z.infer<typeof stageResultsSchema>;
export const lockRequestSchema = z.object({ reason: z.string().trim().max(500).nullable() });
export type LockRequest = z.infer<typeof lockRequestSchema>;

// ---- Stages in sequence: how entries advance ----

export const stageCreateSchema = z.object({
  name: z.string().trim().min(2).max(120),
  /** Judges score at their own pace, or in a hall's live final part by part. */
  kind: z.enum(['judged', 'live_final']).default('judged'),
});
export type StageCreate = z.infer<typeof stageCreateSchema>;

/** The best N, every entry at or above a total, or a hand-picked list with the reason recorded. */
export const advanceRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('top'), count: z.number().int().min(1).max(10_000) }),
  z.object({ kind: z.literal('threshold'), minTotal: z.number().min(0).max(10_000) }),
  z.object({
    kind: z.literal('hand'),
    entryIds: z.array(bodyIdSchema).min(1).max(10_000),
    reason: z.string().trim().min(5).max(1000),
  }),
]);
export type AdvanceRule = z.infer<typeof advanceRuleSchema>;
/** `dryRun`: the outcome to look at before anything moves. */
export const advanceRequestSchema = z.object({ rule: advanceRuleSchema, dryRun: z.boolean().default(false) });
export type AdvanceRequest = z.infer<typeof advanceRequestSchema>;

const advancingEntrySchema = z.object({
  entryId: z.number().int(),
  title: z.string(),
  unitName: z.string(),
  rank: z.number().int(),
  total: z.number(),
});
export const advanceResultSchema = z.object({
  stageId: z.number().int(),
  nextStageId: z.number().int(),
  rule: advanceRuleSchema,
  advancing: z.array(advancingEntrySchema),
  staying: z.array(advancingEntrySchema),
  /** Where a top-N cut fell, and whether totals or only tie-breaks told the two apart. */
  cut: z
    .object({
      lastIn: z.number().int(),
      firstOut: z.number().int(),
      decidedBy: z.enum(['total', 'tie_break']),
    })
    .nullable(),
  applied: z.boolean(),
});
export type AdvanceResult = z.infer<typeof advanceResultSchema>;

// ---- The public gallery ----

export const galleryEntrySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  description: z.string(),
  topic: z.string().nullable(),
  authors: z.array(z.string()),
  unitName: z.string(),
  linkUrl: z.string().nullable(),
  videoUrl: z.string().nullable(),
  thumbnailUrl: z.string().nullable(),
  durationSeconds: z.number().nullable(),
  votes: z.number().int(),
  votedByMe: z.boolean(),
});
export type GalleryEntry = z.infer<typeof galleryEntrySchema>;
export const gallerySchema = z.object({
  track: trackSchema,
  votingOpen: z.boolean(),
  entries: z.array(galleryEntrySchema),
  /** After publishing: the full ranking with prizes. */
  results: z.array(standingSchema.omit({ sheets: true })).nullable(),
});
export type Gallery = z.infer<typeof gallerySchema>;
export const voteResultSchema = z.object({ entryId: z.number().int(), votes: z.number().int() });
export type VoteResult = z.infer<typeof voteResultSchema>;

/** What makes a pattern of votes an anomaly worth an organizer's look. */
export const VOTE_ANOMALY_RULES = {
  /** Votes from one address inside any 10 minutes. */
  burstVotes: 20,
  /** Accounts registered in one 10-minute slot that voted within an hour of registering. */
  freshWaveAccounts: 10,
} as const;

export const voteAuditSchema = z.object({
  stageId: z.number().int(),
  votes: z.number().int(),
  voided: z.number().int(),
  /** How many addresses and waves there are in all: the lists below stop at the 200 largest. */
  addressCount: z.number().int(),
  waveCount: z.number().int(),
  /** Addresses by votes, each with its busiest 10 minutes; `flagged` past the burst rule. */
  addresses: z.array(
    z.object({
      ip: z.string(),
      votes: z.number().int(),
      accounts: z.number().int(),
      peak10Min: z.number().int(),
      firstAt: isoDateTime,
      lastAt: isoDateTime,
      flagged: z.boolean(),
    }),
  ),
  /** Accounts that voted within an hour of registering, by the 10 minutes they registered in. */
  freshWaves: z.array(
    z.object({
      registeredFrom: isoDateTime,
      accounts: z.number().int(),
      votes: z.number().int(),
      userIds: z.array(z.number().int()),
      flagged: z.boolean(),
    }),
  ),
});
export type VoteAudit = z.infer<typeof voteAuditSchema>;

/** Void the live votes from one address, or of some accounts, with the reason (audited). */
export const voteVoidSchema = z
  .object({
    ip: z.string().trim().min(2).max(45).optional(),
    userIds: z.array(z.number().int().positive()).min(1).max(5000).optional(),
    reason: z.string().trim().min(5).max(500),
  })
  .refine((v) => (v.ip === undefined) !== (v.userIds === undefined), {
    message: 'chọn một địa chỉ mạng hoặc danh sách tài khoản',
    params: { reason: 'void_needs_one_target' },
    path: ['ip'],
  });
export type VoteVoid = z.infer<typeof voteVoidSchema>;
export const voteVoidResultSchema = z.object({ voided: z.number().int() });
export type VoteVoidResult = z.infer<typeof voteVoidResultSchema>;
