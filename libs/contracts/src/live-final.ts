import { z } from 'zod';

import { bodyIdSchema, isoDateTime } from './common';
import { livePartSchema } from './entries';

/**
 * A live final in a hall: the organizer's control screen moves from team to team and part to
 * part, opens and closes scoring for each, and reveals the standings; judges score on phones; a
 * projector shows what the organizer chose to show. Every screen reads the same state, kept in
 * Postgres and pushed over socket.io, so a reload or a dropped line shows it again at once.
 */

/** Which team performs which part now; null between teams (the hall's welcome screen). */
export const liveSpotSchema = z.object({ entryId: z.number().int(), part: z.number().int() });
export type LiveSpot = z.infer<typeof liveSpotSchema>;

/**
 * The part's timer, kept by the server (with nobody on stage: 0 seconds, not running): a running timer ends at `endsAt` (server time; pages
 * correct for their clock's offset from `serverNow`), a paused one has `remainingMs` left.
 */
export const liveTimerSchema = z.object({
  seconds: z.number().int(),
  running: z.boolean(),
  remainingMs: z.number().int(),
  endsAt: isoDateTime.nullable(),
});
export type LiveTimer = z.infer<typeof liveTimerSchema>;

export const liveTeamSchema = z.object({
  entryId: z.number().int(),
  /** 1-based place in the running order. */
  order: z.number().int(),
  title: z.string(),
  unitName: z.string(),
});
export type LiveTeam = z.infer<typeof liveTeamSchema>;

/** A revealed team's total, and where it stands among the revealed. */
export const liveStandingSchema = z.object({
  rank: z.number().int(),
  entryId: z.number().int(),
  title: z.string(),
  unitName: z.string(),
  /**
   * The final's points as the total counts them: its judges' average over every part (times its
   * weight when the track's total is weighted).
   */
  finalPoints: z.number(),
  /** The points the team brings from earlier stages, as the track's total counts them; null when it does not. */
  earlierPoints: z.number().nullable(),
  /** The total that decides the prizes (the track's stated combination). */
  total: z.number(),
});
export type LiveStanding = z.infer<typeof liveStandingSchema>;

/** What the hall sees: anyone may read it, and it holds nothing the organizer has not revealed. */
export const liveBoardSchema = z.object({
  stageId: z.number().int(),
  trackId: z.number().int(),
  stageName: z.string(),
  trackTitle: z.string(),
  contestName: z.string(),
  /**
   * Grows with every change of the hall (order, stage, timer, scoring, reveals), the same counter
   * a judge's phone reads (`JudgeLive.version`): a page ignores a board older than the one it
   * shows. A judge's sheet changes no version; the control screen hears of it by `live.changed`.
   */
  version: z.number().int(),
  serverNow: isoDateTime,
  parts: z.array(livePartSchema),
  teams: z.array(liveTeamSchema),
  current: liveSpotSchema.nullable(),
  timer: liveTimerSchema,
  /** Parts of teams open for scoring now. */
  scoring: z.array(liveSpotSchema),
  /** Revealed teams only, best first. */
  standings: z.array(liveStandingSchema),
  /** Every team has been revealed: the standings are final. */
  revealedAll: z.boolean(),
  /** The stage's scores are locked: nothing more happens on stage, the standings may still be shown or hidden. */
  lockedAt: isoDateTime.nullable(),
});
export type LiveBoard = z.infer<typeof liveBoardSchema>;

export const LIVE_WINDOW_STATES = ['not_opened', 'open', 'closed'] as const;

/** The control screen: the board, and what only organizers see (who has not scored, every total). */
export const liveControlSchema = z.object({
  board: liveBoardSchema,
  /** The final's panel: judges assigned to its teams. */
  judges: z.array(z.object({ id: z.number().int(), fullName: z.string() })),
  progress: z.array(
    z.object({
      entryId: z.number().int(),
      part: z.number().int(),
      state: z.enum(LIVE_WINDOW_STATES),
      /** Panel judges whose sheet for this part is not complete yet. */
      missing: z.array(z.number().int()),
    }),
  ),
  /** Every team, revealed or not, best first: what a reveal would show. */
  standings: z.array(
    liveStandingSchema.extend({
      revealed: z.boolean(),
      /** Every panel judge has scored every part. */
      complete: z.boolean(),
    }),
  ),
  /** Teams whose sheets are not all complete. */
  incomplete: z.number().int(),
});
export type LiveControl = z.infer<typeof liveControlSchema>;

export const liveOrderSchema = z.object({
  entryIds: z
    .array(bodyIdSchema)
    .min(1)
    .max(200)
    .refine((ids) => new Set(ids).size === ids.length, {
      message: 'mỗi đội chỉ một lần trong thứ tự thi',
      params: { reason: 'live_order_repeated' },
    }),
});
export type LiveOrder = z.infer<typeof liveOrderSchema>;

export const liveCurrentSchema = z.object({
  current: z.object({ entryId: bodyIdSchema, part: z.number().int().min(0).max(5) }).nullable(),
});
export type LiveCurrent = z.infer<typeof liveCurrentSchema>;

export const LIVE_TIMER_ACTIONS = ['start', 'pause', 'reset'] as const;
export const liveTimerActionSchema = z.object({ action: z.enum(LIVE_TIMER_ACTIONS) });
export type LiveTimerAction = z.infer<typeof liveTimerActionSchema>;

export const liveScoringSchema = z.object({
  entryId: bodyIdSchema,
  part: z.number().int().min(0).max(5),
  open: z.boolean(),
});
export type LiveScoring = z.infer<typeof liveScoringSchema>;

/**
 * Show one team's total, every team's, or hide them again. A total is shown only once every
 * judge of the panel has scored what it depends on (the team, or every team), unless the
 * organizer overrides with a reason, which the audit log keeps.
 */
export const liveRevealSchema = z.object({
  reveal: z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('team'), entryId: bodyIdSchema }),
    z.object({ mode: z.literal('all') }),
    z.object({ mode: z.literal('none') }),
  ]),
  override: z.string().trim().min(5).max(500).nullable().default(null),
});
export type LiveReveal = z.infer<typeof liveRevealSchema>;

/** What a judge's phone needs beside its sheets: where the hall is, and which parts take scores. */
export const judgeLiveSchema = z.object({
  version: z.number().int(),
  current: liveSpotSchema.nullable(),
  scoring: z.array(liveSpotSchema),
});
export type JudgeLive = z.infer<typeof judgeLiveSchema>;

export const liveJoinSchema = z.object({ stageId: z.number().int().positive() });
export const liveRoom = (stageId: number) => `live:${stageId}`;
export const liveControlRoom = (stageId: number) => `live-control:${stageId}`;
/** The answer to joining a live final's room: the board as it is, so a page shows it at once. */
export const liveJoinAckSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), board: liveBoardSchema }),
  z.object({ ok: z.literal(false), code: z.string(), message: z.string() }),
]);
export type LiveJoinAck = z.infer<typeof liveJoinAckSchema>;
export const liveChangedEventSchema = z.object({ stageId: z.number().int(), version: z.number().int() });
export type LiveChangedEvent = z.infer<typeof liveChangedEventSchema>;
