import type { FastifyInstance } from 'fastify';

import type { MetricsService } from './metrics.service';

/**
 * Counts and times every answered request by its route's template (`/api/attempts/:attemptId`),
 * never the raw path, so one attempt id is not one more series. tus hands over the raw reply and
 * is not counted here.
 */
export function installHttpMetrics(fastify: FastifyInstance, metrics: MetricsService): void {
  // Off: no hook on the request path at all.
  if (!metrics.enabled) return;
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const method = request.method;
    metrics.httpRequests.inc({ method, route, status: String(reply.statusCode) });
    metrics.httpDuration.observe({ method, route }, reply.elapsedTime / 1000);
  });
}
