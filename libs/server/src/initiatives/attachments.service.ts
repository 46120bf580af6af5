import { createHash, randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import { MAX_ATTACHMENTS, type Attachment, type AttachmentKind } from '@contest/contracts';
import { stageTakingMaterial } from '@contest/domain';

import { AccessService } from '../access/access.service';
import type { SessionUser } from '../accounts/current-user';
import { AuditService } from '../audit/audit.service';
import { Sql } from '../database/sql';
import { EntriesService } from '../entries/entries.service';
import { EntryMediaService } from '../entries/entry-media.service';
import { initiativeEditable, toEntry } from '../entries/entry-view';
import { TracksService } from '../entries/tracks.service';
import { apiError, conflict, notFound, unprocessable } from '../http/api-error';
import { MEDIA_STORAGE, type MediaStorage } from '../media/media-storage';
import { StagesService } from '../judging/stages.service';
import { ATTACHMENT_CONTENT_TYPES, attachmentKind } from './attachment-kind';
import { InitiativesService } from './initiatives.service';

const MB = 1024 * 1024;

/**
 * Documents and pictures attached to an initiative: checked by their bytes and the track's size
 * limit, kept in the media store, read by whoever may see the entry. Its author adds them while
 * the entry is theirs, and after sending only in a stage that allows material, while it is open.
 */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly sql: Sql,
    private readonly access: AccessService,
    private readonly tracks: TracksService,
    private readonly entries: EntriesService,
    private readonly media: EntryMediaService,
    private readonly stagesService: StagesService,
    private readonly initiatives: InitiativesService,
    private readonly audit: AuditService,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  async add(user: SessionUser, entryId: number, name: string, body: Buffer): Promise<Attachment> {
    const stored: string[] = [];
    try {
      const attachment = await this.sql.transaction(async (client) => {
        const [ref] = await this.sql.query<{ trackId: number }>(
          'entry-track-id',
          'SELECT track_id AS "trackId" FROM entries WHERE id = $1',
          [entryId],
          client,
        );
        if (!ref) throw notFound('entry_not_found');
        const track = await this.tracks.trackRow(ref.trackId, client, true);
        const entry = await this.entries.entryRow(entryId, client);
        this.access.requireEntrant(user, track, entry);
        if (track.kind !== 'initiative' || !track.initiative) throw unprocessable('track_not_initiative');
        if (entry.status === 'withdrawn') throw conflict('entry_withdrawn');
        const kind = attachmentKind(body);
        if (!kind) throw apiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'attachment_type_refused', { name });
        const maxMb = track.initiative.attachmentMegabytes;
        if (body.length > maxMb * MB)
          throw apiError(HttpStatus.PAYLOAD_TOO_LARGE, 'attachment_too_large', { name, maxMb });
        if (entry.attachments.length >= MAX_ATTACHMENTS)
          throw conflict('attachment_limit', { max: MAX_ATTACHMENTS });
        const stageId = await this.whereAllowed(entry, track, client);
        const key = `entries/${entryId}/attachments/${randomUUID()}`;
        const temp = join(tmpdir(), `attachment-${randomUUID()}`);
        await writeFile(temp, body);
        await this.storage.moveFile(key, temp, ATTACHMENT_CONTENT_TYPES[kind]);
        stored.push(key);
        const [row] = await this.sql.query<{ id: number; createdAt: Date }>(
          'attachment-insert',
          `INSERT INTO entry_attachments (entry_id, stage_id, kind, name, bytes, sha256, storage_key, uploaded_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, created_at AS "createdAt"`,
          [
            entryId,
            stageId,
            kind,
            name,
            body.length,
            createHash('sha256').update(body).digest('hex'),
            key,
            user.id,
          ],
          client,
        );
        await this.audit.record(client, {
          actorId: user.id,
          action: 'attachment.add',
          entityType: 'entry',
          entityId: entryId,
          after: { attachmentId: row.id, name, kind, bytes: body.length, stageId },
        });
        return this.toAttachment({
          id: row.id,
          entryId,
          stageId,
          kind,
          name,
          bytes: body.length,
          createdAt: row.createdAt,
        });
      });
      return attachment;
    } catch (error) {
      // Refused after its bytes were stored: nothing of it stays.
      await this.storage.delete(stored).catch(() => undefined);
      throw error;
    }
  }

  /**
   * Null while the entry is its author's (before the call closes); after sending, the stage that
   * holds it and allows material, while that stage's window is open; else a refusal.
   */
  private async whereAllowed(
    entry: Awaited<ReturnType<EntriesService['entryRow']>>,
    track: Awaited<ReturnType<TracksService['trackRow']>>,
    client: Parameters<Sql['query']>[3],
  ): Promise<number | null> {
    if (initiativeEditable(entry)) {
      await this.initiatives.authorWindow(entry, track, client);
      return null;
    }
    const stages = await this.stagesService.ofTracks([track.id], client);
    const held = entry.journey.filter((j) => j.state === 'in').map((j) => j.stageId);
    const stage = stageTakingMaterial(stages, held, new Date());
    if (!stage) throw conflict('attachment_not_allowed_now');
    return stage.id;
  }

  async remove(user: SessionUser, attachmentId: number): Promise<void> {
    let key: string | null = null;
    await this.sql.transaction(async (client) => {
      const [ref] = await this.sql.query<{ trackId: number }>(
        'attachment-track-id',
        `SELECT e.track_id AS "trackId" FROM entry_attachments a JOIN entries e ON e.id = a.entry_id WHERE a.id = $1`,
        [attachmentId],
        client,
      );
      if (!ref) throw notFound('attachment_not_found');
      const track = await this.tracks.trackRow(ref.trackId, client, true);
      // Read again under the track lock: a removal that waited here sees the one before it.
      const [found] = await this.sql.query<{ entryId: number; stageId: number | null; storageKey: string }>(
        'attachment-by-id',
        `SELECT entry_id AS "entryId", stage_id AS "stageId", storage_key AS "storageKey"
           FROM entry_attachments WHERE id = $1`,
        [attachmentId],
        client,
      );
      if (!found) throw notFound('attachment_not_found');
      const entry = await this.entries.entryRow(found.entryId, client);
      this.access.requireEntrant(user, track, entry);
      // What a unit or a stage already read stays: only the author's own side may still change.
      const stageId = await this.whereAllowed(entry, track, client);
      if (found.stageId !== stageId) throw conflict('attachment_not_allowed_now');
      await this.sql.query(
        'attachment-delete',
        'DELETE FROM entry_attachments WHERE id = $1',
        [attachmentId],
        client,
      );
      await this.audit.record(client, {
        actorId: user.id,
        action: 'attachment.remove',
        entityType: 'entry',
        entityId: found.entryId,
        before: toEntry(entry, 'owner').attachments.find((a) => a.id === attachmentId) ?? { attachmentId },
      });
      key = found.storageKey;
    });
    if (key) await this.storage.delete([key]);
  }

  /** The bytes, to whoever may see the entry (404 to anyone else, so ids cannot be probed). */
  async send(user: SessionUser, attachmentId: number, reply: FastifyReply): Promise<void> {
    const [found] = await this.sql.query<{
      entryId: number;
      kind: AttachmentKind;
      name: string;
      storageKey: string;
    }>(
      'attachment-file',
      `SELECT entry_id AS "entryId", kind, name, storage_key AS "storageKey" FROM entry_attachments WHERE id = $1`,
      [attachmentId],
    );
    if (!found) throw notFound('attachment_not_found');
    await this.media.viewable(user, found.entryId);
    const object = await this.storage.read(found.storageKey);
    if (!object) throw notFound('attachment_not_found');
    const ascii = found.name
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '');
    await reply
      .status(200)
      .header('content-type', ATTACHMENT_CONTENT_TYPES[found.kind])
      .header('content-length', object.size)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, max-age=3600')
      .header(
        'content-disposition',
        `${found.kind === 'pdf' || found.kind === 'docx' ? 'attachment' : 'inline'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(found.name)}`,
      )
      .send(object.body);
  }

  private toAttachment(a: {
    id: number;
    entryId: number;
    stageId: number | null;
    kind: AttachmentKind;
    name: string;
    bytes: number;
    createdAt: Date;
  }): Attachment {
    return { ...a, url: `/api/attachments/${a.id}`, createdAt: a.createdAt.toISOString() };
  }
}
