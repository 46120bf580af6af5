import { z } from 'zod';

import { idSchema, isoDateTime } from './common';
import { unitLevelSchema, unitSchema } from './units';

/**
 * Participation figures of a set of people over a set of rounds. Over several rounds,
 * `participants` counts person-rounds (one person in four weeks counts four times), so
 * `participationRate` = participants ÷ (headcount × rounds): the average weekly rate.
 */
export const figuresSchema = z.object({
  headcount: z.number().int(),
  participants: z.number().int(),
  attempts: z.number().int(),
  /**
   * Mean of the counted scores; null without participants. Rounds that still hide scores are left
   * out of it for everyone but organizers.
   */
  averageScore: z.number().nullable(),
  /** Participants whose counted attempt had every question right ÷ participants. */
  fullMarksShare: z.number().nullable(),
  /** Null when there is no headcount to divide by. */
  participationRate: z.number().nullable(),
});
export type Figures = z.infer<typeof figuresSchema>;

export const reportRoundSchema = z.object({
  id: z.number().int(),
  weekNumber: z.number().int(),
  name: z.string(),
  opensAt: isoDateTime,
  closesAt: isoDateTime,
  questionCount: z.number().int(),
  /** false while the round still hides scores from everyone. */
  scoresVisible: z.boolean(),
});
export type ReportRound = z.infer<typeof reportRoundSchema>;

const unitCountsSchema = z.object({
  /** Live units with a headcount in this contest: the units expected to take part. */
  units: z.number().int(),
  /** Units with at least one participant of their own. */
  participatingUnits: z.number().int(),
});

export const reportTotalsSchema = figuresSchema.merge(unitCountsSchema);
export type ReportTotals = z.infer<typeof reportTotalsSchema>;

/** A unit's figures over its whole subtree in today's tree (merged units counted in their successor). */
export const unitFiguresSchema = figuresSchema.extend({
  unitId: z.number().int(),
  code: z.string(),
  name: z.string(),
  level: unitLevelSchema,
  parentId: z.number().int().nullable(),
  parentName: z.string().nullable(),
  /** Rounds in scope in which the subtree had a participant. */
  roundsWithParticipants: z.number().int(),
  /** 1 = best among units of the same level; null without a rate. Ties share a rank. */
  rankByRate: z.number().int().nullable(),
  rankByScore: z.number().int().nullable(),
  /** Units of the same level that are ranked. */
  rankedOfLevel: z.number().int(),
});
export type UnitFigures = z.infer<typeof unitFiguresSchema>;

export const contestReportQuerySchema = z.object({
  /** One round; without it, every weekly round that has opened. */
  roundId: idSchema.optional(),
});
export const contestReportSchema = z.object({
  contest: z.object({ id: z.number().int(), name: z.string(), year: z.number().int() }),
  rounds: z.array(reportRoundSchema),
  /** The round the figures are for, or null for the whole contest so far. */
  roundId: z.number().int().nullable(),
  totals: reportTotalsSchema,
  /** Week by week, each round's own totals (the trend line). */
  trend: z.array(reportTotalsSchema.extend({ roundId: z.number().int(), weekNumber: z.number().int() })),
  /** Each level's units' own people (so levels add up to the totals). */
  byLevel: z.array(reportTotalsSchema.extend({ level: unitLevelSchema })),
  /** Each unit that has sub-units: the sub-units' subtrees together, itself excluded. */
  byParent: z.array(
    reportTotalsSchema.extend({
      unitId: z.number().int(),
      code: z.string(),
      name: z.string(),
      level: unitLevelSchema,
    }),
  ),
  units: z.array(unitFiguresSchema),
  /**
   * Live units left out of `units` (the units expected to take part) because the contest gives
   * them no headcount, or 0: they are not counted in the rates, and the page says which they are.
   */
  unitsWithoutHeadcount: z.array(
    z.object({
      unitId: z.number().int(),
      code: z.string(),
      name: z.string(),
      level: unitLevelSchema,
      parentName: z.string().nullable(),
      /** 0 as set, or null when none was set for this contest. */
      headcount: z.number().int().nullable(),
      /** People of its own who took part anyway (counted in the totals, not in the unit count). */
      participants: z.number().int(),
    }),
  ),
  generatedAt: isoDateTime,
});
export type ContestReport = z.infer<typeof contestReportSchema>;

export const unitReportQuerySchema = z.object({
  /** Without it: the contest of the latest weekly round that has opened. */
  contestId: idSchema.optional(),
});
export const unitReportSchema = z.object({
  unit: unitSchema,
  contest: z.object({ id: z.number().int(), name: z.string(), year: z.number().int() }),
  rounds: z.array(reportRoundSchema),
  /** The whole contest so far, with the unit's rank among units of its level. */
  total: unitFiguresSchema,
  /** Round by round (the chart), each with that round's rank. */
  byRound: z.array(unitFiguresSchema.extend({ roundId: z.number().int(), weekNumber: z.number().int() })),
  /** The direct sub-units, each over its own subtree, for the whole contest so far. */
  subUnits: z.array(unitFiguresSchema),
});
export type UnitReport = z.infer<typeof unitReportSchema>;

export const unitsBoardQuerySchema = z.object({
  /** Without it: the contest of the latest weekly round that has opened. */
  contestId: idSchema.optional(),
});
export const unitsBoardRowSchema = z.object({
  /** By participation rate among all units on the board; equal rates share a rank. */
  rank: z.number().int().nullable(),
  unitId: z.number().int(),
  code: z.string(),
  name: z.string(),
  level: unitLevelSchema,
  /** Tells apart units of the same name (every district has its "Phòng Nội vụ"). */
  parentName: z.string().nullable(),
  headcount: z.number().int(),
  participants: z.number().int(),
  participationRate: z.number().nullable(),
  /** Null while the round hides scores. */
  averageScore: z.number().nullable(),
});
export type UnitsBoardRow = z.infer<typeof unitsBoardRowSchema>;
/** The public leaderboard of units: this week's round and the whole contest, pushed live. */
export const unitsBoardSchema = z.object({
  contest: z.object({ id: z.number().int(), name: z.string(), year: z.number().int() }),
  round: z
    .object({
      id: z.number().int(),
      weekNumber: z.number().int(),
      name: z.string(),
      closesAt: isoDateTime,
      open: z.boolean(),
    })
    .nullable(),
  at: isoDateTime,
  /** This week's round (empty before the first opens). */
  current: z.array(unitsBoardRowSchema),
  /** Every weekly round so far: rates are average weekly rates. */
  overall: z.array(unitsBoardRowSchema),
});
export type UnitsBoard = z.infer<typeof unitsBoardSchema>;

/** Totals of a contest run before the system existed, typed in from its published report. */
export const earlierContestInputSchema = z.object({
  name: z.string().trim().min(3).max(255),
  year: z.number().int().min(1990).max(2100),
  /** Units that took part. */
  units: z.number().int().min(0).max(100_000),
  /** Person-weeks, when the report gave them. */
  participants: z.number().int().min(0).max(100_000_000).nullable(),
  attempts: z.number().int().min(0).max(100_000_000),
  weeks: z.number().int().min(1).max(52).nullable(),
});
export type EarlierContestInput = z.infer<typeof earlierContestInputSchema>;
export const earlierContestSchema = earlierContestInputSchema.extend({
  id: z.number().int(),
  createdAt: isoDateTime,
});
export type EarlierContest = z.infer<typeof earlierContestSchema>;
export const earlierContestListSchema = z.object({ items: z.array(earlierContestSchema) });

export const comparisonQuerySchema = z
  .object({ withContestId: idSchema.optional(), withEarlierId: idSchema.optional() })
  .refine((q) => (q.withContestId === undefined) !== (q.withEarlierId === undefined), {
    message: 'chọn đúng một cuộc thi để so sánh',
    params: { reason: 'comparison_needs_one' },
  });
export type ComparisonQuery = z.infer<typeof comparisonQuerySchema>;

const comparisonTotalsSchema = z.object({
  /** Units with at least one participant over the contest. */
  participatingUnits: z.number().int(),
  participants: z.number().int().nullable(),
  attempts: z.number().int(),
  weeks: z.number().int().nullable(),
});
const comparisonFiguresSchema = z.object({
  participants: z.number().int(),
  attempts: z.number().int(),
  participationRate: z.number().nullable(),
});
/**
 * A contest beside an earlier one: totals, week by week, and (for a contest run in the system)
 * unit by unit under today's tree, so units merged since count in the unit they became.
 */
export const contestComparisonSchema = z.object({
  contest: z.object({ id: z.number().int(), name: z.string(), year: z.number().int() }),
  earlier: z.object({
    kind: z.enum(['contest', 'typed']),
    id: z.number().int(),
    name: z.string(),
    year: z.number().int(),
  }),
  totals: z.object({ current: comparisonTotalsSchema, earlier: comparisonTotalsSchema }),
  trend: z.array(
    z.object({
      weekNumber: z.number().int(),
      current: comparisonFiguresSchema.extend({ participatingUnits: z.number().int() }).nullable(),
      earlier: comparisonFiguresSchema.extend({ participatingUnits: z.number().int() }).nullable(),
    }),
  ),
  /** Empty when the earlier contest was typed in: its units are not known. */
  units: z.array(
    z.object({
      unitId: z.number().int(),
      code: z.string(),
      name: z.string(),
      level: unitLevelSchema,
      current: comparisonFiguresSchema,
      earlier: comparisonFiguresSchema,
    }),
  ),
});
export type ContestComparison = z.infer<typeof contestComparisonSchema>;
