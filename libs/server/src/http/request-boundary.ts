import { HttpStatus } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { API_ROUTES, type ApiErrorCode, type RouteContract } from '@contest/contracts';

import { sessionTokenOf } from '../accounts/sessions.service';
import type { SessionUser } from '../accounts/current-user';
import type { Env } from '../config/env';
import { isUploadPath } from '../entries/upload-path';
import { apiError, apiErrorBody } from './api-error';
import { changesState, hasUndecodableUrl, isCrossSite, isMediaType } from './request-guards';

const FILE_TYPE = 'application/octet-stream';
/** The tus protocol's chunk type: streamed straight to the upload store, never parsed. */
const UPLOAD_CHUNK_TYPE = 'application/offset+octet-stream';

/** Routes that take a raw file, by the path Fastify matched, with who may send one. */
const FILE_ROUTES = new Map<string, RouteContract['access']>(
  (Object.values(API_ROUTES) as RouteContract[])
    .filter((r) => r.consumes === 'file')
    .map((r) => [`/api${r.path}`, r.access] as const),
);
/** An entry's attachments (documents, pictures) may be larger than a spreadsheet import. */
const ATTACHMENT_ROUTE = `/api${API_ROUTES.addAttachment.path}`;
const fileLimit = (env: Env, route: string | undefined) =>
  route === ATTACHMENT_ROUTE ? env.ATTACHMENT_MAX_BYTES : env.IMPORT_MAX_BYTES;

/**
 * What every request meets before Nest sees it: only JSON bodies, or a raw file on the routes
 * that take one and only from a signed-in account that may use them; text that is valid UTF-8;
 * and no state change from another site. Each refusal leaves in the api's own error shape.
 */
export function installRequestBoundary(
  fastify: FastifyInstance,
  env: Env,
  resolveUser: (token: string | undefined) => Promise<SessionUser | null>,
): void {
  const refuse = (reply: FastifyReply, status: number, code: ApiErrorCode, params?: Record<string, number>) =>
    reply.status(status).send(apiErrorBody(status, code, params));

  // Form posts and text/plain (what a cross-site <form> can send) have no parser, so they get 415.
  fastify.removeAllContentTypeParsers();
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      // An HttpException passes through Nest's mapping of Fastify errors with its code intact.
      return done(apiError(HttpStatus.BAD_REQUEST, 'invalid_utf8'));
    }
    parseJson(request, text, done);
  });
  fastify.addContentTypeParser(
    FILE_TYPE,
    { parseAs: 'buffer', bodyLimit: Math.max(env.IMPORT_MAX_BYTES, env.ATTACHMENT_MAX_BYTES) },
    (request, body, done) => {
      // A body sent without its length is held to its own route's limit once read.
      const max = fileLimit(env, request.routeOptions.url);
      if ((body as Buffer).length > max)
        return done(
          apiError(HttpStatus.PAYLOAD_TOO_LARGE, 'file_too_large', { maxMb: Math.floor(max / 1024 / 1024) }),
        );
      done(null, body);
    },
  );
  fastify.addContentTypeParser(UPLOAD_CHUNK_TYPE, (_request, _payload, done) => done(null));

  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (hasUndecodableUrl(request.url)) return refuse(reply, 400, 'invalid_utf8');
    if (
      changesState(request.method) &&
      isCrossSite(request.headers, env.ALLOWED_ORIGINS, env.TRUST_PROXY !== false)
    )
      return refuse(reply, 403, 'cross_site_request');
    if (isMediaType(request.headers['content-type'], UPLOAD_CHUNK_TYPE))
      return isUploadPath(request.url) ? undefined : refuse(reply, 415, 'file_not_expected');
    if (!isMediaType(request.headers['content-type'], FILE_TYPE)) return;
    // A file is read only on a route that takes one, from someone allowed to send it.
    const access = FILE_ROUTES.get(request.routeOptions.url ?? '');
    if (!access) return refuse(reply, 415, 'file_not_expected');
    const user = await resolveUser(sessionTokenOf(request.headers.cookie));
    if (!user) return refuse(reply, 401, 'unauthenticated');
    if (Array.isArray(access) && !access.includes(user.role)) return refuse(reply, 403, 'forbidden');
    // An announced oversized upload is refused before a byte of it is read.
    const length = Number(request.headers['content-length'] ?? 0);
    const max = fileLimit(env, request.routeOptions.url);
    if (length > max) return refuse(reply, 413, 'file_too_large', { maxMb: Math.floor(max / 1024 / 1024) });
  });
}
