import { Inject, Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';

import { MAX_INITIATIVES_PER_AUTHOR, type Entry, type EntryInput, type MyEntries } from '@contest/contracts';

import { AccessService } from '../access/access.service';
import { isEntrant, mayEnter } from '../access/access-policy';
import type { SessionUser } from '../accounts/current-user';
import { AuditService } from '../audit/audit.service';
import { MOVE_REASONS, StageMembership } from '../judging/stage-membership';
import { Sql, type Queryable } from '../database/sql';
import { conflict, notFound, unprocessable } from '../http/api-error';
import { MEDIA_STORAGE, type MediaStorage } from '../media/media-storage';
import { ENTRY_SELECT, toEntry, type EntryRow } from './entry-view';
import { TracksService, trackPhase, type TrackRow } from './tracks.service';

/**
 * Entries as their unit sends them: create, edit, withdraw, all only while the window is open.
 * A unit admin acts for their own unit; on a participants' track each entrant acts for themself.
 */
@Injectable()
export class EntriesService {
  constructor(
    private readonly sql: Sql,
    private readonly access: AccessService,
    private readonly tracks: TracksService,
    private readonly audit: AuditService,
    private readonly membership: StageMembership,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  async entryRow(entryId: number, on?: Queryable): Promise<EntryRow> {
    const [row] = await this.sql.query<EntryRow>(
      'entry-by-id',
      `${ENTRY_SELECT} WHERE e.id = $1`,
      [entryId],
      on,
    );
    if (!row) throw notFound('entry_not_found');
    return row;
  }

  requireOpen(track: TrackRow): void {
    const phase = trackPhase(track);
    if (phase === 'upcoming') throw conflict('track_not_open_yet', { opensAt: track.opensAt });
    if (phase === 'closed') throw conflict('track_closed', { closesAt: track.closesAt });
  }

  async mine(user: SessionUser, trackId: number): Promise<MyEntries> {
    const row = await this.tracks.trackRow(trackId);
    const [track] = await this.tracks.withStages([row]);
    const entrant = mayEnter(user, row);
    const rows = user.unitId
      ? await this.sql.query<EntryRow>(
          'entries-of-unit',
          `${ENTRY_SELECT} WHERE e.track_id = $1 AND e.unit_id = $2 ORDER BY e.id`,
          [trackId, user.unitId],
        )
      : [];
    // Only the entrant's own: another account of the same unit sees none of them here.
    const mine = rows.filter((r) => isEntrant(user, row, r));
    const live = rows.filter((r) => r.status !== 'withdrawn').length;
    return {
      track,
      unitId: user.unitId,
      unitName: user.unitName,
      items: mine.map((r) => toEntry(r, 'owner')),
      // A unit's call counts the unit's entries; an initiative call counts each author's own.
      remaining: !entrant
        ? 0
        : row.kind === 'initiative'
          ? Math.max(0, MAX_INITIATIVES_PER_AUTHOR - mine.filter((r) => r.status !== 'withdrawn').length)
          : Math.max(0, row.entriesPerUnit - live),
      mayEnter: entrant,
    };
  }

  async create(user: SessionUser, trackId: number, input: EntryInput): Promise<Entry> {
    const id = await this.sql.transaction(async (client) => {
      // The track row lock makes the per-unit limit hold when two admins press send together.
      const track = await this.tracks.trackRow(trackId, client, true);
      const unitId = this.access.requireEntrantOf(user, track);
      this.requireOpen(track);
      this.checkInput(track, input);
      const [{ count }] = await this.sql.query<{ count: number }>(
        'entries-live-of-unit',
        `SELECT count(*)::int AS count FROM entries WHERE track_id = $1 AND unit_id = $2 AND status <> 'withdrawn'`,
        [trackId, unitId],
        client,
      );
      if (count >= track.entriesPerUnit) throw conflict('track_entry_limit', { limit: track.entriesPerUnit });
      const [row] = await this.sql.query<{ id: number }>(
        'entry-insert',
        `INSERT INTO entries (track_id, unit_id, submitted_by, title, description, topic, authors, link_url,
           status, submitted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $8::varchar IS NULL THEN NULL ELSE now() END)
         RETURNING id`,
        [
          trackId,
          unitId,
          user.id,
          input.title,
          input.description,
          input.topic,
          JSON.stringify(input.authors),
          input.linkUrl,
          input.linkUrl ? 'submitted' : 'draft',
        ],
        client,
      );
      await this.audit.record(client, {
        actorId: user.id,
        action: 'entry.create',
        entityType: 'entry',
        entityId: row.id,
        after: input,
      });
      return row.id;
    });
    return toEntry(await this.entryRow(id), 'owner');
  }

  /** Any change sends the entry back to screening: what was accepted is not what is there now. */
  async update(user: SessionUser, entryId: number, input: EntryInput): Promise<Entry> {
    await this.changeOwn(user, entryId, async (entry, track, client) => {
      this.checkInput(track, input);
      const hasVideo = input.linkUrl !== null || entry.file !== null;
      const status = entry.status === 'processing' ? 'processing' : hasVideo ? 'submitted' : 'draft';
      await this.sql.query(
        'entry-update',
        `UPDATE entries SET title = $2, description = $3, topic = $4, authors = $5, link_url = $6,
           status = $7::varchar, screening = 'pending', screening_reason = NULL, screened_by = NULL, screened_at = NULL,
           submitted_at = CASE WHEN $7::varchar = 'submitted' THEN coalesce(submitted_at, now()) ELSE submitted_at END,
           updated_at = now()
         WHERE id = $1`,
        [
          entryId,
          input.title,
          input.description,
          input.topic,
          JSON.stringify(input.authors),
          input.linkUrl,
          status,
        ],
        client,
      );
      await this.membership.leaveTrack(entryId, user.id, MOVE_REASONS.changed);
      await this.audit.record(client, {
        actorId: user.id,
        action: 'entry.update',
        entityType: 'entry',
        entityId: entryId,
        before: toEntry(entry, 'owner'),
        after: input,
      });
    });
    return toEntry(await this.entryRow(entryId), 'owner');
  }

  /** A withdrawn entry keeps its row (and its audit trail) but none of its bytes. */
  async withdraw(user: SessionUser, entryId: number): Promise<Entry> {
    let dropped: string[] = [];
    await this.changeOwn(user, entryId, async (entry, _track, client) => {
      const files = await this.sql.query<{ keys: (string | null)[] }>(
        'entry-files-drop-media',
        `UPDATE entry_files f SET original_key = NULL, video_key = NULL, thumbnail_key = NULL
         FROM entry_files old WHERE old.id = f.id AND f.entry_id = $1
         RETURNING ARRAY[old.original_key, old.video_key, old.thumbnail_key] AS keys`,
        [entryId],
        client,
      );
      dropped = files.flatMap((f) => f.keys.filter((k): k is string => !!k));
      await this.sql.query(
        'entry-withdraw',
        `UPDATE entries SET status = 'withdrawn', updated_at = now() WHERE id = $1`,
        [entryId],
        client,
      );
      await this.membership.leaveTrack(entryId, user.id, MOVE_REASONS.withdrawn);
      await this.audit.record(client, {
        actorId: user.id,
        action: 'entry.withdraw',
        entityType: 'entry',
        entityId: entryId,
        before: { status: entry.status, screening: entry.screening },
      });
    });
    await this.storage.delete(dropped);
    return toEntry(await this.entryRow(entryId), 'owner');
  }

  /**
   * Runs a change of the entrant's own entry under the track lock, refused once the window closed
   * (the call's, unless the caller states the entry's own: an initiative its unit returned).
   */
  async changeOwn(
    user: SessionUser,
    entryId: number,
    change: (entry: EntryRow, track: TrackRow, client: PoolClient) => Promise<void>,
    window: (entry: EntryRow, track: TrackRow, client: PoolClient) => Promise<void> | void = (_e, track) =>
      this.requireOpen(track),
  ): Promise<void> {
    await this.sql.transaction(async (client) => {
      const [ref] = await this.sql.query<{ trackId: number }>(
        'entry-track-id',
        'SELECT track_id AS "trackId" FROM entries WHERE id = $1',
        [entryId],
        client,
      );
      if (!ref) throw notFound('entry_not_found');
      const track = await this.tracks.trackRow(ref.trackId, client, true);
      const entry = await this.entryRow(entryId, client);
      this.access.requireEntrant(user, track, entry);
      await window(entry, track, client);
      if (entry.status === 'withdrawn') throw conflict('entry_withdrawn');
      await change(entry, track, client);
    });
  }

  private checkInput(track: TrackRow, input: EntryInput): void {
    if (track.kind === 'initiative') throw unprocessable('track_is_initiative');
    if (input.linkUrl && !track.allowLinks) throw unprocessable('track_links_not_allowed');
    if (!input.linkUrl && !track.allowFiles) throw unprocessable('track_files_not_allowed');
    if (input.topic !== null && !track.topics.includes(input.topic))
      throw unprocessable('topic_not_in_track', { topic: input.topic, topics: track.topics.join(', ') });
    if (input.topic === null && track.topics.length > 0)
      throw unprocessable('topic_not_in_track', { topic: '', topics: track.topics.join(', ') });
  }
}
