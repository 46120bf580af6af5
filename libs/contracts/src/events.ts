import { z } from 'zod';

/** socket.io events the server pushes; each browser joins the room of its own user on connect. */
export const SOCKET_EVENTS = {
  attemptGraded: 'attempt.graded',
} as const;

export const attemptGradedEventSchema = z.object({
  attemptId: z.number().int(),
  score: z.number().int(),
  questionCount: z.number().int(),
});
export type AttemptGradedEvent = z.infer<typeof attemptGradedEventSchema>;

export const userRoom = (userId: number) => `user:${userId}`;
