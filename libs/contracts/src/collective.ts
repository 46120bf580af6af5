import { z } from 'zod';

import { isoDateTime } from './common';
import { unitLevelSchema } from './units';

/** What a collective (unit) prize formula weighs; each is first brought to a 0–1 scale. */
export const COLLECTIVE_COMPONENTS = ['participationRate', 'averageScore', 'roundsWithParticipants'] as const;
export type CollectiveComponent = (typeof COLLECTIVE_COMPONENTS)[number];
/** What may break a tie of totals, in the order the organizer states; the unit code decides last. */
export const COLLECTIVE_TIE_BREAKS = [...COLLECTIVE_COMPONENTS, 'participants'] as const;
export type CollectiveTieBreak = (typeof COLLECTIVE_TIE_BREAKS)[number];

const points = z.number().min(0).max(1000);

export const collectiveRuleSchema = z
  .object({
    /**
     * Points for each component at its best: a unit's points are weight × rate (capped at 100 %),
     * weight × average score ÷ question count, weight × weeks with participants ÷ weeks held.
     */
    weights: z.object({ participationRate: points, averageScore: points, roundsWithParticipants: points }),
    /** Units with fewer people on their headcount take no collective prize. */
    minHeadcount: z.number().int().min(0).max(1_000_000),
    /** Levels whose units compete (a province's own office usually does not). */
    levels: z.array(unitLevelSchema).min(1).max(7),
    prizes: z
      .array(
        z.object({
          name: z.string().trim().min(1).max(60),
          count: z.number().int().min(1).max(100),
          /** In đồng. */
          amount: z.number().int().min(0).max(10_000_000_000),
        }),
      )
      .min(1)
      .max(10),
    tieBreak: z.array(z.enum(COLLECTIVE_TIE_BREAKS)).max(COLLECTIVE_TIE_BREAKS.length),
  })
  .refine((r) => Object.values(r.weights).some((w) => w > 0), {
    message: 'cần ít nhất một trọng số lớn hơn 0',
    params: { reason: 'collective_weights_zero' },
    path: ['weights'],
  })
  .refine((r) => new Set(r.tieBreak).size === r.tieBreak.length, {
    message: 'mỗi tiêu chí phụ chỉ một lần',
    params: { reason: 'collective_tie_break_repeated' },
    path: ['tieBreak'],
  });
export type CollectiveRule = z.infer<typeof collectiveRuleSchema>;

export const collectiveStandingSchema = z.object({
  /** Null for a unit that may not take a prize (too small a headcount, or a level not competing). */
  rank: z.number().int().nullable(),
  unitId: z.number().int(),
  code: z.string(),
  name: z.string(),
  level: unitLevelSchema,
  headcount: z.number().int(),
  participants: z.number().int(),
  participationRate: z.number().nullable(),
  averageScore: z.number().nullable(),
  /** Average score ÷ question count, round by round: the 0–1 scale the formula uses. */
  averageShare: z.number().nullable(),
  roundsWithParticipants: z.number().int(),
  rounds: z.number().int(),
  points: z.object({
    participationRate: z.number(),
    averageScore: z.number(),
    roundsWithParticipants: z.number(),
  }),
  /** The sum of the points, rounded to 2 decimals: the number ranked and shown. */
  total: z.number(),
  ineligible: z.enum(['headcount', 'level']).nullable(),
  prize: z.object({ name: z.string(), amount: z.number().int() }).nullable(),
});
export type CollectiveStanding = z.infer<typeof collectiveStandingSchema>;

export const collectivePrizesSchema = z.object({
  contestId: z.number().int(),
  rule: collectiveRuleSchema.nullable(),
  /** The rule is fixed once the contest's last weekly round has closed. */
  ruleLocked: z.boolean(),
  /** Weekly rounds of the contest, held or to come; finalising needs every one of them closed. */
  rounds: z.number().int(),
  contestOver: z.boolean(),
  /** Computed now from the roll-ups with the current rule (null without a rule). */
  preview: z.array(collectiveStandingSchema).nullable(),
  finalised: z
    .object({
      at: isoDateTime,
      byName: z.string(),
      reason: z.string().nullable(),
      standings: z.array(collectiveStandingSchema),
    })
    .nullable(),
});
export type CollectivePrizes = z.infer<typeof collectivePrizesSchema>;

export const collectiveFinaliseSchema = z.object({
  /** Required to finalise again (at least 5 characters): it goes into the audit log. */
  reason: z.string().trim().max(500).optional(),
});
export type CollectiveFinalise = z.infer<typeof collectiveFinaliseSchema>;
