import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

import {
  apiErrorBody,
  buildOpenApiDocument,
  installHttpMetrics,
  installRequestBoundary,
  MetricsService,
  installSecurityHeaders,
  SessionsService,
  createLogger,
  ENV,
  loadEnv,
  mountQueueBoard,
  EntryUploadsService,
  UPLOADS_PATH,
  RedisIoAdapter,
  type Env,
} from '@contest/server';

import { ApiModule } from './api.module';

/**
 * Builds the api: JSON under /api, the OpenAPI document at /api/docs, socket.io at /socket.io,
 * and the web app's static files for every other path, all on one port.
 */
export async function createApiApp(options: { logger?: false } = {}): Promise<NestFastifyApplication> {
  const settings = loadEnv();
  const adapter = new FastifyAdapter({
    bodyLimit: settings.BODY_LIMIT_BYTES,
    trustProxy: settings.TRUST_PROXY,
    // A path Fastify cannot decode (%FF) is refused before routing, in the api's own words.
    frameworkErrors: (_error: Error, _request: FastifyRequest, reply: FastifyReply) =>
      reply.status(400).send(apiErrorBody(400, 'invalid_utf8')),
  });
  // Nest's own parsers (JSON and form bodies) stay off: the request boundary installs the only ones.
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule, adapter, {
    logger: options.logger ?? createLogger(settings, 'api'),
    abortOnError: false,
    bodyParser: false,
  });
  const sessions = app.get(SessionsService);
  installHttpMetrics(adapter.getInstance(), app.get(MetricsService));
  // Before the request boundary, so that its early refusals carry the headers too.
  installSecurityHeaders(adapter.getInstance());
  installRequestBoundary(adapter.getInstance(), settings, (token) => sessions.resolve(token));
  const env = app.get<Env>(ENV);
  await app.register(fastifyCookie);
  await mountQueueBoard(app, '/api/admin/queues');
  mountUploads(app);
  app.setGlobalPrefix('api');
  const io = new RedisIoAdapter(app, env);
  await io.ready();
  app.useWebSocketAdapter(io);

  const document = buildOpenApiDocument(
    process.env.npm_package_version ?? '0.0.0',
  ) as unknown as OpenAPIObject;
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  await serveWeb(app, resolve(env.WEB_DIST));
  return app;
}

/** tus speaks raw HTTP (HEAD, PATCH with a streamed body), so Fastify hands it the bare request. */
function mountUploads(app: NestFastifyApplication): void {
  const uploads = app.get(EntryUploadsService);
  const fastify = app.getHttpAdapter().getInstance();
  for (const url of [UPLOADS_PATH, `${UPLOADS_PATH}/*`])
    fastify.route({
      method: ['POST', 'HEAD', 'PATCH', 'DELETE', 'OPTIONS'],
      url,
      handler: async (request, reply) => {
        reply.hijack();
        await uploads.handle(request.raw, reply.raw);
      },
    });
}

async function serveWeb(app: NestFastifyApplication, root: string): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  if (!existsSync(join(root, 'index.html'))) return;
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: false });
  // Client-side routes (/attempts/12, /history…) get the app shell; unknown /api paths stay JSON 404s.
  fastify.get('/*', (request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') {
      return reply.status(404).send(apiErrorBody(404, 'not_found'));
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
