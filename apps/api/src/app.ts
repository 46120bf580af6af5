import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

import {
  buildOpenApiDocument,
  createLogger,
  ENV,
  loadEnv,
  mountQueueBoard,
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
  });
  // Spreadsheet uploads arrive as raw bytes with their own, larger limit; JSON keeps the small one.
  const fastify = adapter.getInstance();
  fastify.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: settings.IMPORT_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );
  // An announced oversized upload is refused before a byte of it is read, in words an organizer reads.
  fastify.addHook('onRequest', async (request, reply) => {
    const length = Number(request.headers['content-length'] ?? 0);
    if (
      request.headers['content-type']?.startsWith('application/octet-stream') &&
      length > settings.IMPORT_MAX_BYTES
    )
      return reply.status(413).send({
        statusCode: 413,
        error: 'Payload Too Large',
        message: `Tệp quá lớn (${Math.ceil(length / 1024 / 1024)} MB): tối đa ${Math.floor(settings.IMPORT_MAX_BYTES / 1024 / 1024)} MB mỗi lần nhập. Hãy chia tệp thành nhiều phần.`,
      });
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule, adapter, {
    logger: options.logger ?? createLogger(settings, 'api'),
    abortOnError: false,
  });
  const env = app.get<Env>(ENV);
  await app.register(fastifyCookie);
  await mountQueueBoard(app, '/api/admin/queues');
  app.setGlobalPrefix('api');
  app.useWebSocketAdapter(new RedisIoAdapter(app, env));
  app.enableShutdownHooks();

  const document = buildOpenApiDocument(
    process.env.npm_package_version ?? '0.0.0',
  ) as unknown as OpenAPIObject;
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  await serveWeb(app, resolve(env.WEB_DIST));
  return app;
}

async function serveWeb(app: NestFastifyApplication, root: string): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  if (!existsSync(join(root, 'index.html'))) return;
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: false });
  // Client-side routes (/attempts/12, /history…) get the app shell; unknown /api paths stay JSON 404s.
  fastify.get('/*', (request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') {
      return reply.status(404).send({ statusCode: 404, error: 'Not Found', message: 'Không tìm thấy' });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
