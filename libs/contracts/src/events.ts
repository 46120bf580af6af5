import { z } from 'zod';

/** socket.io events the server pushes; each browser joins the room of its own user on connect. */
export const SOCKET_EVENTS = {
  attemptGraded: 'attempt.graded',
  /** Client → server: join the live dashboard room of a round (organizers only). */
  dashboardJoin: 'dashboard.join',
  dashboardLeave: 'dashboard.leave',
  /** Server → client: a DashboardSnapshot, at most one per second per round. */
  dashboardUpdate: 'dashboard.update',
  /** Client → server: follow one unit's subtree (its unit admin, or an organizer). */
  unitJoin: 'unit.join',
  unitLeave: 'unit.leave',
  /**
   * Server → client: someone in the unit's subtree started or finished an attempt, or the
   * roster changed; refetch the lists. At most one per second per unit room.
   */
  unitChanged: 'unit.changed',
  /** Anyone, signed in or not: follow a contest's public leaderboard of units. */
  unitsBoardJoin: 'unitsBoard.join',
  unitsBoardLeave: 'unitsBoard.leave',
  /** Server → client: a fresh UnitsBoard, at most one per UNITS_BOARD_INTERVAL_MS per contest. */
  unitsBoardUpdate: 'unitsBoard.update',
  /** Anyone (a hall's projector, a judge's phone): follow a live final; the ack holds its board. */
  liveJoin: 'live.join',
  liveLeave: 'live.leave',
  /** Server → client: the live final's LiveBoard, after every change the hall may see. */
  liveBoard: 'live.board',
  /** Organizers: follow a live final's control screen. */
  liveControlJoin: 'liveControl.join',
  liveControlLeave: 'liveControl.leave',
  /** Server → client: something on the control screen changed (a score); refetch it. */
  liveChanged: 'live.changed',
} as const;

export const attemptGradedEventSchema = z.object({
  attemptId: z.number().int(),
  /** Null when the round shows scores only after it closes. */
  score: z.number().int().nullable(),
  questionCount: z.number().int(),
});
export type AttemptGradedEvent = z.infer<typeof attemptGradedEventSchema>;

export const userRoom = (userId: number) => `user:${userId}`;

/** The server's answer to a client → server event (dashboard join/leave). */
export const socketAckSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), code: z.string(), message: z.string() }),
]);
export type SocketAck = z.infer<typeof socketAckSchema>;

export const unitJoinSchema = z.object({ unitId: z.number().int().positive() });
export const unitChangedEventSchema = z.object({
  unitId: z.number().int(),
  roundIds: z.array(z.number().int()),
});
export type UnitChangedEvent = z.infer<typeof unitChangedEventSchema>;
export const unitRoom = (unitId: number) => `unit:${unitId}`;

export const unitsBoardJoinSchema = z.object({ contestId: z.number().int().positive() });
export const unitsBoardRoom = (contestId: number) => `units-board:${contestId}`;
