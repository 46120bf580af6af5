import { z } from 'zod';

import { isoDateTime } from './common';

/** What the live dashboard of one round shows; pushed at most once a second per round room. */
export const dashboardSnapshotSchema = z.object({
  roundId: z.number().int(),
  at: isoDateTime,
  participants: z.number().int(),
  attempts: z.object({
    started: z.number().int(),
    inProgress: z.number().int(),
    submitted: z.number().int(),
    graded: z.number().int(),
  }),
  /** Attempts started per minute over the last 30 minutes, oldest first. */
  perMinute: z.array(z.object({ minute: isoDateTime, count: z.number().int() })),
  queue: z.object({ waiting: z.number().int(), active: z.number().int(), delayed: z.number().int() }),
  leaderboard: z.array(
    z.object({
      rank: z.number().int(),
      fullName: z.string(),
      unitName: z.string(),
      score: z.number().int(),
      timeTakenMs: z.number().int(),
    }),
  ),
  topUnits: z.array(
    z.object({
      unitId: z.number().int(),
      name: z.string(),
      participants: z.number().int(),
      headcount: z.number().int(),
    }),
  ),
});
export type DashboardSnapshot = z.infer<typeof dashboardSnapshotSchema>;

export const dashboardJoinSchema = z.object({ roundId: z.number().int().positive() });
export const dashboardRoom = (roundId: number) => `dashboard:round:${roundId}`;
