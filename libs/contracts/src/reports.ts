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
