import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';

import { FileStore } from '@tus/file-store';
import { EVENTS, Server, type Upload } from '@tus/server';
import { HttpException, HttpStatus, Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';

import { uploadMetadataSchema, type ApiErrorCode } from '@contest/contracts';

import type { SessionUser } from '../accounts/current-user';
import { SessionsService, sessionTokenOf } from '../accounts/sessions.service';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { Sql } from '../database/sql';
import { apiError, apiErrorBody } from '../http/api-error';
import { MEDIA_STORAGE, type MediaStorage } from '../media/media-storage';
import { JOBS } from '../queues/catalogue';
import { QueuesService } from '../queues/queues.service';
import { EntriesService } from './entries.service';
import { trackPhase } from './tracks.service';
import { UPLOADS_PATH } from './upload-path';

export { UPLOADS_PATH };

const MB = 1024 * 1024;
// An upload nobody resumed for a day is dropped, with its partial bytes.
const UPLOAD_EXPIRY_MS = 24 * 3600 * 1000;
const CLEANUP_EVERY_MS = 3600 * 1000;

type TusRequest = IncomingMessage & { user?: SessionUser };
/** tus answers a thrown { status_code, body }; the body is the api's own error JSON. */
const refusal = (status: number, code: ApiErrorCode, params?: Record<string, string | number | Date>) => ({
  status_code: status,
  body: JSON.stringify(apiErrorBody(status, code, params)),
});
function asRefusal(error: unknown): { status_code: number; body: string } {
  if (error instanceof HttpException) {
    const body = error.getResponse();
    return { status_code: error.getStatus(), body: typeof body === 'string' ? body : JSON.stringify(body) };
  }
  throw error;
}

/**
 * Resumable clip uploads (the tus protocol): bytes land in `${STORAGE_DIR}/incoming`, and a
 * finished upload moves into media storage and is queued for processing. Every request is the
 * entrant's own: the session cookie names them, and an upload is only ever theirs to resume.
 * Several api copies need that folder shared (or sticky sessions for /api/uploads).
 */
@Injectable()
export class EntryUploadsService implements OnModuleDestroy {
  private readonly logger = new Logger(EntryUploadsService.name);
  readonly server: Server;
  private readonly store: FileStore;
  private readonly cleanup: NodeJS.Timeout;

  constructor(
    @Inject(ENV) env: Env,
    private readonly sql: Sql,
    private readonly sessions: SessionsService,
    private readonly entries: EntriesService,
    private readonly queues: QueuesService,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {
    this.store = new FileStore({
      directory: join(env.STORAGE_DIR, 'incoming'),
      expirationPeriodInMilliseconds: UPLOAD_EXPIRY_MS,
    });
    this.server = new Server({
      path: UPLOADS_PATH,
      datastore: this.store,
      relativeLocation: true,
      respectForwardedHeaders: env.TRUST_PROXY !== false,
      maxSize: 4096 * MB,
      onIncomingRequest: (req, _res, uploadId) => this.admit(req as TusRequest, uploadId),
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

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    await this.server.handle(req, res);
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
      await this.storage.moveFile(key, join(this.store.directory, upload.id), 'application/octet-stream');
      await this.store.configstore.delete(upload.id).catch(() => undefined);
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
  }
}
