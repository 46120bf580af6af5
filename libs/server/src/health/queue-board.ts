import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BoardAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';

import { mayOrganize } from '../access/access-policy';
import { SESSION_COOKIE, SessionsService } from '../accounts/sessions.service';
import { apiErrorBody } from '../http/api-error';
import { JOBS } from '../queues/catalogue';
import { QueuesService } from '../queues/queues.service';

/**
 * The queue dashboard (bull-board) for organizers: every queue of the catalogue, behind the same
 * session cookie as the api. Anyone else gets a 401/403 before bull-board sees the request.
 */
export async function mountQueueBoard(app: NestFastifyApplication, basePath: string): Promise<void> {
  const queues = app.get(QueuesService);
  const sessions = app.get(SessionsService);
  const board = new BoardAdapter();
  board.setBasePath(basePath);
  createBullBoard({
    queues: [...new Set(Object.values(JOBS).map((j) => j.queue))].map(
      (name) => new BullMQAdapter(queues.queue(name)),
    ),
    serverAdapter: board,
    options: { uiConfig: { boardTitle: 'Hàng đợi' } },
  });
  await app.register(async (scope: FastifyInstance) => {
    scope.addHook('onRequest', async (request, reply) => {
      const user = await sessions.resolve(request.cookies?.[SESSION_COOKIE]).catch(() => null);
      if (!user) return reply.status(401).send(apiErrorBody(401, 'unauthenticated'));
      if (!mayOrganize(user)) return reply.status(403).send(apiErrorBody(403, 'forbidden'));
    });
    await scope.register(board.registerPlugin(), { prefix: basePath });
  });
}
