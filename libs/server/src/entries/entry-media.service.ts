import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import type { Entry, TrackSubmitter } from '@contest/contracts';

import { entryAudience } from '../access/access-policy';
import { AccessService } from '../access/access.service';
import type { SessionUser } from '../accounts/current-user';
import { Sql } from '../database/sql';
import { apiErrorBody, notFound } from '../http/api-error';
import { MEDIA_STORAGE, MediaRangeError, type MediaStorage } from '../media/media-storage';
import { ENTRY_SELECT, toEntry, type EntryRow } from './entry-view';
import { trackPhase } from './tracks.service';

interface Viewable extends EntryRow {
  trackSubmitter: TrackSubmitter;
  opensAt: Date;
  closesAt: Date;
  votesOpenAt: Date | null;
  assigned: boolean;
}

/** An accepted entry is public once the call has closed, or while public voting runs. */
export function galleryOpen(
  t: { opensAt: Date; closesAt: Date; votesOpenAt: Date | null },
  now = new Date(),
) {
  return trackPhase(t, now) === 'closed' || (t.votesOpenAt !== null && t.votesOpenAt <= now);
}

/**
 * Who may see an entry and play its clip: organizers, its own unit (or, on a participants'
 * track, its author), the judges given it, and anyone once it is in the public gallery.
 * Everyone else gets a 404, so ids cannot be probed for what is not public.
 */
@Injectable()
export class EntryMediaService {
  constructor(
    private readonly sql: Sql,
    private readonly access: AccessService,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  async viewable(user: SessionUser | undefined, entryId: number): Promise<Viewable> {
    const [row] = await this.sql.query<Viewable>(
      'entry-viewable',
      `SELECT q.*, t.submitter AS "trackSubmitter", t.opens_at AS "opensAt", t.closes_at AS "closesAt",
         (SELECT min(s.votes_open_at) FROM entry_stages s WHERE s.track_id = t.id AND s.vote_points > 0) AS "votesOpenAt",
         EXISTS (SELECT 1 FROM judge_assignments a WHERE a.entry_id = q.id AND a.judge_id = $2) AS assigned
       FROM (${ENTRY_SELECT} WHERE e.id = $1) q JOIN entry_tracks t ON t.id = q."trackId"`,
      [entryId, user?.id ?? 0],
    );
    if (!row) throw notFound('entry_not_found');
    this.access.requireEntryVisible(user, {
      track: { submitter: row.trackSubmitter },
      entry: row,
      assignedToActor: row.assigned,
      galleryOpen: galleryOpen(row),
    });
    return row;
  }

  async entry(user: SessionUser | undefined, entryId: number): Promise<Entry> {
    const row = await this.viewable(user, entryId);
    return toEntry(row, entryAudience(user, { submitter: row.trackSubmitter }, row));
  }

  /** Streams the web copy or the thumbnail, honouring one HTTP byte range (what video players ask). */
  async send(
    user: SessionUser | undefined,
    entryId: number,
    which: 'video' | 'thumbnail',
    rangeHeader: string | undefined,
    reply: FastifyReply,
  ): Promise<void> {
    const row = await this.viewable(user, entryId);
    const [file] = row.file
      ? await this.sql.query<{ videoKey: string | null; thumbnailKey: string | null }>(
          'entry-file-keys',
          `SELECT video_key AS "videoKey", thumbnail_key AS "thumbnailKey" FROM entry_files WHERE id = $1`,
          [row.file.id],
        )
      : [];
    const key = which === 'video' ? file?.videoKey : file?.thumbnailKey;
    if (!key) throw notFound('entry_not_found');
    let range = parseRange(rangeHeader);
    if (range && range.start < 0) {
      const size = (await this.storage.size(key)) ?? 0;
      range = { start: Math.max(0, size + range.start) };
    }
    let object;
    try {
      object = await this.storage.read(key, range ?? undefined);
    } catch (error) {
      if (!(error instanceof MediaRangeError)) throw error;
      const size = await this.storage.size(key);
      await reply
        .status(416)
        .header('content-range', `bytes */${size ?? 0}`)
        .send(apiErrorBody(416, 'bad_request'));
      return;
    }
    if (!object) throw notFound('entry_not_found');
    const isPublic = row.status === 'submitted' && row.screening === 'accepted' && galleryOpen(row);
    reply
      .header('content-type', object.contentType)
      .header('accept-ranges', 'bytes')
      // The address names the file version (?v=fileId), so a long cache is safe; private ones stay private.
      .header('cache-control', isPublic ? 'public, max-age=86400' : 'private, max-age=3600');
    if (object.range) {
      reply
        .status(206)
        .header('content-range', `bytes ${object.range.start}-${object.range.end}/${object.size}`)
        .header('content-length', object.range.end - object.range.start + 1);
    } else reply.status(200).header('content-length', object.size);
    await reply.send(object.body);
  }
}

/** `bytes=a-b`, `bytes=a-` or `bytes=-n`; anything else (several ranges included) is read whole. */
function parseRange(header: string | undefined): { start: number; end?: number } | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!m || (m[1] === '' && m[2] === '')) return null;
  // A suffix range comes back with a negative start, for the caller to place against the size.
  if (m[1] === '') return Number(m[2]) > 0 ? { start: -Number(m[2]) } : null;
  const start = Number(m[1]);
  const end = m[2] === '' ? undefined : Number(m[2]);
  if (!Number.isSafeInteger(start) || (end !== undefined && (!Number.isSafeInteger(end) || end < start)))
    return null;
  return { start, end };
}
