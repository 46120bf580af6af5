import { z } from 'zod';

import { bodyIdSchema, isoDateTime } from './common';

/**
 * What a track awards, stated before the event: how its stages' totals make the final total,
 * how ties break, the prizes with their amounts (a group's as a multiple of an individual's),
 * side prizes for the best individual and the best group in a stage or one part of a live
 * final, and collective prizes for units.
 */

export const combinationSchema = z.discriminatedUnion('kind', [
  /** The stages' totals added up (each stage's total is its judges' average plus its public points). */
  z.object({ kind: z.literal('sum') }),
  /** The last scored stage alone. */
  z.object({ kind: z.literal('final') }),
  /** One weight in percent per scored stage, in order, adding up to 100. */
  z.object({ kind: z.literal('weighted'), weights: z.array(z.number().min(0).max(100)).min(1).max(10) }),
]);
export type Combination = z.infer<typeof combinationSchema>;

export const TRACK_TIE_BREAKS = ['last_stage', 'first_stage', 'earliest_submission'] as const;
export const trackTieBreakSchema = z.enum(TRACK_TIE_BREAKS);
export type TrackTieBreak = z.infer<typeof trackTieBreakSchema>;

/** Amounts in đồng, whole numbers. */
const amount = z.number().int().min(0).max(10_000_000_000);
const label = z.string().trim().min(1).max(80);

export const mainPrizeSchema = z.object({ label, count: z.number().int().min(1).max(100), amount });
export type MainPrize = z.infer<typeof mainPrizeSchema>;

export const SIDE_PRIZE_FOR = ['individual', 'group'] as const;
export const sidePrizeSchema = z.object({
  label,
  /** The scored stage it is judged on, and one part of a live final (null: the whole stage). */
  stageId: bodyIdSchema,
  part: z.number().int().min(0).max(5).nullable(),
  /** Among entries by one author, or among groups. */
  for: z.enum(SIDE_PRIZE_FOR),
  amount,
});
export type SidePrize = z.infer<typeof sidePrizeSchema>;

/** Collective prizes: units by how many of their entries reached judging, then their best total. */
export const unitPrizeSchema = z.object({ label, count: z.number().int().min(1).max(100), amount });
export type UnitPrize = z.infer<typeof unitPrizeSchema>;

export const awardRulesSchema = z
  .object({
    combination: combinationSchema,
    tieBreaks: z.array(trackTieBreakSchema).max(TRACK_TIE_BREAKS.length),
    main: z.array(mainPrizeSchema).max(10),
    /** A group's amount is an individual's times this (1.5 in a district's rules). */
    groupMultiplier: z.number().min(1).max(10).multipleOf(0.05),
    side: z.array(sidePrizeSchema).max(20),
    units: z.array(unitPrizeSchema).max(10),
  })
  .refine((r) => new Set(r.tieBreaks).size === r.tieBreaks.length, {
    message: 'mỗi tiêu chí phụ chỉ một lần',
    params: { reason: 'tie_break_repeated' },
    path: ['tieBreaks'],
  });
export type AwardRules = z.infer<typeof awardRulesSchema>;

/** What a track awards before anyone states otherwise: the last stage decides, no amounts. */
export const DEFAULT_AWARD_RULES: AwardRules = {
  combination: { kind: 'final' },
  tieBreaks: ['last_stage', 'first_stage', 'earliest_submission'],
  main: [],
  groupMultiplier: 1,
  side: [],
  units: [],
};

// ---- Public interaction typed in or imported (likes and shares on a social page) ----

export const PUBLIC_SOURCES = ['votes', 'counts'] as const;
export const publicSourceSchema = z.enum(PUBLIC_SOURCES);
export type PublicSource = z.infer<typeof publicSourceSchema>;

export const interactionRowSchema = z.object({
  entryId: z.number().int(),
  title: z.string(),
  unitName: z.string(),
  likes: z.number().int(),
  shares: z.number().int(),
  /** likes + shares turned into capped points by the same rule as votes. */
  points: z.number(),
  enteredBy: z.string().nullable(),
  enteredAt: isoDateTime.nullable(),
});
export type InteractionRow = z.infer<typeof interactionRowSchema>;
export const interactionSheetSchema = z.object({
  stageId: z.number().int(),
  stageName: z.string(),
  trackId: z.number().int(),
  publicSource: publicSourceSchema,
  /** Counts change until the stage is locked. */
  lockedAt: isoDateTime.nullable(),
  /** The cap: the entry with most likes and shares gets it, the others in proportion. */
  cap: z.number(),
  rows: z.array(interactionRowSchema),
});
export type InteractionSheet = z.infer<typeof interactionSheetSchema>;

const count = z.number().int().min(0).max(100_000_000);
export const interactionInputSchema = z.object({
  rows: z
    .array(z.object({ entryId: bodyIdSchema, likes: count, shares: count }))
    .min(1)
    .max(2000)
    .refine((rows) => new Set(rows.map((r) => r.entryId)).size === rows.length, {
      message: 'mỗi bài chỉ một dòng',
      params: { reason: 'interaction_entry_repeated' },
    }),
});
export type InteractionInput = z.infer<typeof interactionInputSchema>;

/** The columns of a likes-and-shares file: the stage's own sheet, downloaded filled in, comes back. */
export const INTERACTION_SHEET = {
  headers: { entry: 'Mã bài', title: 'Tên bài', likes: 'Lượt thích', shares: 'Lượt chia sẻ' },
} as const;

// ---- A track's results: every total traced to its stages, prizes with amounts ----

export const awardedSchema = z.object({
  label: z.string(),
  /** For the entry: a group's amount is the individual amount times the multiplier. */
  amount: z.number().int(),
});

export const trackStandingSchema = z.object({
  rank: z.number().int(),
  entryId: z.number().int(),
  title: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  authors: z.array(z.string()),
  group: z.boolean(),
  /** Each counted stage's total (judges' average + public points), in stage order. */
  stageTotals: z.array(z.object({ stageId: z.number().int(), stageName: z.string(), total: z.number() })),
  total: z.number(),
  prize: awardedSchema.nullable(),
});
export type TrackStanding = z.infer<typeof trackStandingSchema>;

/**
 * A side prize and who won it (null: nobody of its kind scored in that stage or part). Its amount
 * is the rule's as stated: a side prize is already for an individual or for a group.
 */
export const sideAwardSchema = z.object({
  label: z.string(),
  stageName: z.string(),
  partName: z.string().nullable(),
  for: z.enum(SIDE_PRIZE_FOR),
  entryId: z.number().int().nullable(),
  title: z.string().nullable(),
  unitName: z.string().nullable(),
  /** The winner's authors, for a certificate per author. */
  authors: z.array(z.string()),
  points: z.number().nullable(),
  amount: z.number().int(),
});
export type SideAward = z.infer<typeof sideAwardSchema>;

export const unitAwardSchema = z.object({
  rank: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  /** Entries of the unit that reached judging. */
  judged: z.number().int(),
  /** The best place one of them reached in the whole track (finalists first, then by how far each got). */
  bestPlace: z.number().int(),
  prize: awardedSchema.nullable(),
});
export type UnitAward = z.infer<typeof unitAwardSchema>;

export const trackResultsSchema = z.object({
  trackId: z.number().int(),
  trackTitle: z.string(),
  contestName: z.string(),
  rules: awardRulesSchema,
  /** The stages the total counts, in order. */
  stages: z.array(z.object({ id: z.number().int(), name: z.string() })),
  standings: z.array(trackStandingSchema),
  sidePrizes: z.array(sideAwardSchema),
  units: z.array(unitAwardSchema),
  /** Totals can still move: a counted stage is not locked yet. */
  provisional: z.boolean(),
  /**
   * Why no total could be made: the stated weights no longer fit the track's scored stages (a
   * stage added after they were set), or do not add up. Null when the rule applies.
   */
  problem: z.enum(['combination_weights_count', 'combination_weights_sum']).nullable(),
  publishedAt: isoDateTime.nullable(),
});
export type TrackResults = z.infer<typeof trackResultsSchema>;

export const certificateQuerySchema = z.object({
  /** One author's certificate (0-based, in the entry's authors); absent: every author's and the team's. */
  person: z.coerce.number().int().min(0).max(50).optional(),
});
