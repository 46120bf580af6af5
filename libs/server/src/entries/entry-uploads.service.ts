import type { IncomingMessage, ServerResponse } from 'node:http';

import { EVENTS, Server, type Upload } from '@tus/server';
// tus checks its headers before any hook and answers in plain text: the same check runs first here.
import { validateHeader } from '@tus/server/dist/validators/HeaderValidator';
import {
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { ERRORS } from '@tus/utils';
import type Redis from 'ioredis';

import { uploadMetadataSchema, type ApiErrorCode } from '@contest/contracts';

import type { SessionUser } from '../accounts/current-user';
import { SessionsService, sessionTokenOf } from '../accounts/sessions.service';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { Sql } from '../database/sql';
import { apiError, apiErrorBody } from '../http/api-error';
import { findBadText, hasBadText } from '../http/request-guards';
import { unavailableCode } from '../http/unavailable';
import { MEDIA_STORAGE, type MediaStorage } from '../media/media-storage';
import { JOBS } from '../queues/catalogue';
import { QueuesService } from '../queues/queues.service';
import { REDIS, logErrors } from '../redis/redis.module';
import { EntriesService } from './entries.service';
import { initiativeEditable } from './entry-view';
import { createIncomingStore, type IncomingStore } from './incoming-uploads';
import { RedisUploadLocker } from './redis-upload-locker';
import { trackPhase } from './tracks.service';
import { UPLOADS_PATH } from './upload-path';

export { UPLOADS_PATH };

const MB = 1024 * 1024;
// An upload nobody resumed for a day is dropped, with its partial bytes.
const UPLOAD_EXPIRY_MS = 24 * 3600 * 1000;
const CLEANUP_EVERY_MS = 3600 * 1000;
/**
 * An upload's lock lives this long after its holder's process died (renewed while it runs); a
 * request waits up to the acquire timeout for it, so a client resuming on another copy gets in.
 */
const LOCK = { leaseMs: 10_000, acquireTimeoutMs: 20_000, retryMs: 100 };

type TusRequest = IncomingMessage & { user?: SessionUser };
type TusRefusal = { status_code: number; body: string };
/** tus answers a thrown { status_code, body }; the body is the api's own error JSON. */
const refusal = (
  status: number,
  code: ApiErrorCode,
  params?: Record<string, string | number | Date>,
): TusRefusal => ({
  status_code: status,
  body: JSON.stringify(apiErrorBody(status, code, params)),
});
const isRefusal = (error: unknown): error is TusRefusal =>
  typeof (error as TusRefusal)?.status_code === 'number' && typeof (error as TusRefusal).body === 'string';

/** The api's refusals keep their body; an outage is a 503 with its code; nothing else leaves with internals. */
function asRefusal(error: unknown): TusRefusal {
  if (error instanceof HttpException) {
    const body = error.getResponse();
    return { status_code: error.getStatus(), body: typeof body === 'string' ? body : JSON.stringify(body) };
  }
  if (isRefusal(error) && error.body.startsWith('{')) return error;
  const outage = unavailableCode(error);
  if (outage) return refusal(503, outage);
  throw error;
}

// tus's own refusals (plain-text bodies) in the api's words, so every 4xx keeps its error shape.
const TUS_CODES: Record<number, ApiErrorCode> = {
  400: 'bad_request',
  403: 'bad_request',
  404: 'upload_not_found',
  409: 'upload_offset_conflict',
  410: 'upload_not_found',
  413: 'payload_too_large',
  501: 'upload_extension_unsupported',
};

// The ids tus makes are hex; anything else in the path is not an upload of ours.
const UPLOAD_ID = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * Resumable clip uploads (the tus protocol): bytes land where media storage keeps its files (the
 * shared media folder, or the bucket: see incoming-uploads.ts), and a finished upload moves into
 * media storage and is queued for processing. Every request is the entrant's own: the session
 * cookie names them, and an upload is only ever theirs to resume. Any api copy continues any
 * upload: the bytes are where every copy reaches them and an upload's lock is in Redis, so no
 * balancer stickiness is needed.
 */
@Injectable()
export class EntryUploadsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(EntryUploadsService.name);
  readonly server: Server;
  private readonly store: IncomingStore;
  private readonly cleanup: NodeJS.Timeout;
  private readonly locker: RedisUploadLocker;
  private readonly subscriber: Redis;

  constructor(
    @Inject(ENV) env: Env,
    private readonly sql: Sql,
    private readonly sessions: SessionsService,
    private readonly entries: EntriesService,
    private readonly queues: QueuesService,
    @Inject(MEDIA_STORAGE) storage: MediaStorage,
    @Inject(REDIS) redis: Redis,
  ) {
    this.subscriber = logErrors(redis.duplicate());
    this.locker = new RedisUploadLocker(redis, this.subscriber, env.REDIS_PREFIX, LOCK);
    this.store = createIncomingStore(env, storage, UPLOAD_EXPIRY_MS);
    this.server = new Server({
      path: UPLOADS_PATH,
      datastore: this.store,
      locker: this.locker,
      relativeLocation: true,
      respectForwardedHeaders: env.TRUST_PROXY !== false,
      maxSize: 4096 * MB,
      onIncomingRequest: (req, _res, uploadId) =>
        this.admit(req as TusRequest, uploadId).catch((e) => {
          throw asRefusal(e);
        }),
      onResponseError: (_req, _res, error) => this.inOurWords(error),
      onUploadCreate: async (req, res, upload) => {
        await this.register(req as TusRequest, upload).catch((e) => {
          throw asRefusal(e);
        });
        return res;
      },
      onUploadFinish: async (req, res, upload) => {
        await this.finish(upload).catch((e) => {
          throw asRefusal(e);
        });
        return res;
      },
    });
    this.server.on(EVENTS.POST_TERMINATE, (_req, _res, id: string) => {
      void this.sql
        .query(
          'entry-file-terminated',
          `DELETE FROM entry_files WHERE upload_id = $1 AND status = 'uploading'`,
          [id],
        )
        .catch((e: Error) => this.logger.warn(`terminated upload ${id}: ${e.message}`));
    });
    this.cleanup = setInterval(() => void this.dropExpired(), CLEANUP_EVERY_MS).unref();
  }

  async onModuleInit(): Promise<void> {
    await this.locker.listen();
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const early = this.checkRequest(req);
    if (early) {
      res.writeHead(early.status_code, {
        'content-type': 'application/json; charset=utf-8',
        'tus-resumable': '1.0.0',
      });
      res.end(early.body);
      return;
    }
    await this.server.handle(req, res);
  }

  /** What tus would mishandle: an id that is no id (NUL, a lone surrogate), and extensions we do not offer. */
  private checkRequest(req: IncomingMessage): TusRefusal | null {
    const path = (req.url ?? '').split('?')[0];
    const rest = path.slice(UPLOADS_PATH.length).replace(/^\//, '');
    if (rest) {
      let id: string;
      try {
        id = decodeURIComponent(rest);
      } catch {
        return refusal(400, 'upload_id_invalid');
      }
      if (hasBadText(id) || !UPLOAD_ID.test(id)) return refusal(400, 'upload_id_invalid');
    }
    // Parallel uploads (Upload-Concat) are refused up front, not with tus's 501.
    if (req.headers['upload-concat'] !== undefined) return refusal(400, 'upload_extension_unsupported');
    if (req.method === 'OPTIONS') return null;
    if (req.headers['tus-resumable'] === undefined) return refusal(412, 'upload_needs_tus');
    for (const [name, value] of Object.entries(req.headers)) {
      if (name === 'content-type' && req.method !== 'PATCH') continue;
      if (typeof value === 'string' && !validateHeader(name, value))
        return refusal(400, name === 'upload-metadata' ? 'upload_metadata_invalid' : 'bad_request', {
          details: name,
        });
    }
    return null;
  }

  /** tus's own refusals come as plain text: the api answers them with its error shape and a code. */
  private inOurWords(error: unknown): TusRefusal | undefined {
    // Another request still writes this upload: the client retries (423 is one tus clients retry).
    if (error === ERRORS.ERR_LOCK_TIMEOUT) return refusal(423, 'upload_busy');
    if (!isRefusal(error)) {
      const outage = unavailableCode(error);
      if (outage) return refusal(503, outage);
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      return refusal(500, 'server_error');
    }
    if (error.body.startsWith('{')) return error;
    if (error.status_code >= 500 && error.status_code !== 501) {
      this.logger.error(`tus: ${error.status_code} ${error.body.trim()}`);
      return refusal(error.status_code, 'server_error');
    }
    const code = TUS_CODES[error.status_code] ?? 'bad_request';
    return refusal(error.status_code === 501 ? 400 : error.status_code, code);
  }

  /** Signed in, and (but for a new upload) the upload is theirs; bytes only while the window is open. */
  private async admit(req: TusRequest, uploadId: string): Promise<void> {
    const user = await this.sessions.resolve(sessionTokenOf(req.headers.cookie));
    if (!user) throw refusal(401, 'unauthenticated');
    req.user = user;
    if (req.method === 'POST') return;
    const [file] = await this.sql.query<{ uploadedBy: number; closesAt: Date; opensAt: Date }>(
      'entry-upload-owner',
      `SELECT f.uploaded_by AS "uploadedBy", t.opens_at AS "opensAt", t.closes_at AS "closesAt"
       FROM entry_files f JOIN entries e ON e.id = f.entry_id JOIN entry_tracks t ON t.id = e.track_id
       WHERE f.upload_id = $1`,
      [uploadId],
    );
    if (!file || file.uploadedBy !== user.id) throw refusal(404, 'upload_not_found');
    if (req.method === 'PATCH' && trackPhase(file) === 'closed')
      throw refusal(409, 'track_closed', { closesAt: file.closesAt });
  }

  /** Checks everything a file must meet before its first byte is accepted, and records the upload. */
  private async register(req: TusRequest, upload: Upload): Promise<void> {
    const user = req.user!;
    if (findBadText(upload.metadata ?? {}))
      throw apiError(HttpStatus.BAD_REQUEST, 'upload_metadata_invalid', {
        details: 'chứa ký tự không hợp lệ (NUL hoặc mã UTF-16 lẻ)',
      });
    const meta = uploadMetadataSchema.safeParse(upload.metadata ?? {});
    if (!meta.success)
      throw apiError(HttpStatus.BAD_REQUEST, 'upload_metadata_invalid', {
        details: meta.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      });
    if (upload.size === undefined) throw apiError(HttpStatus.BAD_REQUEST, 'upload_needs_length');
    if (upload.size === 0) throw apiError(HttpStatus.UNPROCESSABLE_ENTITY, 'upload_empty');
    const { entryId, filename } = meta.data;
    await this.entries.changeOwn(user, entryId, async (entry, track, client) => {
      if (!track.allowFiles) throw apiError(HttpStatus.UNPROCESSABLE_ENTITY, 'track_files_not_allowed');
      if (!initiativeEditable(entry)) throw apiError(HttpStatus.CONFLICT, 'initiative_not_editable');
      if (entry.linkUrl) throw apiError(HttpStatus.CONFLICT, 'entry_has_link');
      const ext = /\.([a-z0-9]{1,5})$/i.exec(filename)?.[1]?.toLowerCase() ?? '';
      if (!(track.formats as string[]).includes(ext))
        throw apiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'upload_format_not_allowed', {
          ext: ext || '?',
          formats: track.formats.join(', '),
        });
      if (upload.size! > track.maxMegabytes * MB)
        throw apiError(HttpStatus.PAYLOAD_TOO_LARGE, 'upload_too_large', { maxMb: track.maxMegabytes });
      const earlier = await this.sql.query<{ uploadId: string; status: string }>(
        'entry-files-unfinished',
        `SELECT upload_id AS "uploadId", status FROM entry_files
         WHERE entry_id = $1 AND status IN ('uploading', 'processing') FOR UPDATE`,
        [entryId],
        client,
      );
      if (earlier.some((f) => f.status === 'processing'))
        throw apiError(HttpStatus.CONFLICT, 'entry_processing');
      // A new upload supersedes one left half-way: its bytes go, so nothing is orphaned.
      for (const f of earlier) await this.store.remove(f.uploadId).catch(() => undefined);
      await this.sql.query(
        'entry-files-drop-unfinished',
        `DELETE FROM entry_files WHERE entry_id = $1 AND status = 'uploading'`,
        [entryId],
        client,
      );
      await this.sql.query(
        'entry-file-insert',
        `INSERT INTO entry_files (entry_id, upload_id, uploaded_by, original_name, bytes) VALUES ($1, $2, $3, $4, $5)`,
        [entryId, upload.id, user.id, filename.normalize('NFC'), upload.size],
        client,
      );
    });
  }

  /** The last byte arrived: into media storage, and queued for the worker. */
  private async finish(upload: Upload): Promise<void> {
    const [file] = await this.sql.query<{ id: number; entryId: number }>(
      'entry-file-by-upload',
      `SELECT id, entry_id AS "entryId" FROM entry_files WHERE upload_id = $1 AND status = 'uploading'`,
      [upload.id],
    );
    if (!file) throw apiError(HttpStatus.NOT_FOUND, 'upload_not_found');
    const key = `entries/${file.entryId}/original-${upload.id}`;
    try {
      await this.store.moveToMedia(upload, key);
    } catch (error) {
      this.logger.error(`upload ${upload.id} not stored: ${(error as Error).message}`);
      throw apiError(HttpStatus.INTERNAL_SERVER_ERROR, 'upload_storage_failed');
    }
    await this.sql.transaction(async (client) => {
      await this.sql.query(
        'entry-file-uploaded',
        `UPDATE entry_files SET status = 'processing', original_key = $2 WHERE id = $1`,
        [file.id, key],
        client,
      );
      await this.sql.query(
        'entry-processing',
        `UPDATE entries SET status = 'processing', updated_at = now()
         WHERE id = $1 AND file_id IS NULL AND status = 'draft'`,
        [file.entryId],
        client,
      );
    });
    const job = JOBS.processEntryFile;
    const payload = { fileId: file.id };
    await this.queues.tryEnqueue(`entry file ${file.id}`, async () => {
      await this.queues.queue(job.queue).add(job.name, payload, { jobId: job.jobId(payload), attempts: 3 });
    });
  }

  private async dropExpired(): Promise<void> {
    try {
      await this.store.deleteExpired();
      await this.sql.query(
        'entry-files-expired',
        `DELETE FROM entry_files WHERE status = 'uploading' AND created_at < now() - $1::int * interval '1 millisecond'`,
        [UPLOAD_EXPIRY_MS],
      );
    } catch (error) {
      this.logger.warn(`expired uploads: ${(error as Error).message}`);
    }
  }

  onModuleDestroy(): void {
    clearInterval(this.cleanup);
    this.subscriber.disconnect();
  }
}
