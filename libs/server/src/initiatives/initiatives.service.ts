import { Injectable } from '@nestjs/common';

import {
  MAX_INITIATIVES_PER_AUTHOR,
  type Entry,
  type InitiativeDetails,
  type InitiativeDraft,
  type InitiativeSettings,
} from '@contest/contracts';
import {
  authorChangeRefusal,
  foldForComparison,
  initiativeGaps,
  initiativeShapeRefusal,
  originalityKeys,
  originalityText,
} from '@contest/domain';

import { AccessService } from '../access/access.service';
import type { SessionUser } from '../accounts/current-user';
import { AuditService } from '../audit/audit.service';
import { Sql, type Queryable } from '../database/sql';
import { EntriesService } from '../entries/entries.service';
import { toEntry, type EntryRow } from '../entries/entry-view';
import { TracksService, type TrackRow } from '../entries/tracks.service';
import { conflict, unprocessable } from '../http/api-error';
import { StageMembership, MOVE_REASONS } from '../judging/stage-membership';
import { StagesService } from '../judging/stages.service';

const details = (d: InitiativeDraft): InitiativeDetails => ({
  form: d.form,
  area: d.area,
  summary: d.summary,
  problem: d.problem,
  solution: d.solution,
  application: d.application,
  results: d.results,
  authors: d.authors,
});

/** The columns a draft writes: its text, its authors' names, and what originality compares. */
const draftValues = (d: InitiativeDraft) => {
  const { shingles, bands } = originalityKeys(d.title, originalityText(d));
  return [
    d.title,
    d.summary,
    d.area,
    JSON.stringify(d.authors.map((a) => a.name)),
    JSON.stringify(details(d)),
    foldForComparison(d.title),
    shingles,
    bands,
  ];
};

/**
 * Initiatives as their authors write them: a draft saved as one types, edited while it is theirs
 * (a draft, or returned by the unit), and sent to their own unit when complete, which puts it in
 * the track's pre-screening stage.
 */
@Injectable()
export class InitiativesService {
  constructor(
    private readonly sql: Sql,
    private readonly access: AccessService,
    private readonly tracks: TracksService,
    private readonly stages: StagesService,
    private readonly entries: EntriesService,
    private readonly membership: StageMembership,
    private readonly audit: AuditService,
  ) {}

  private initiativeTrack(track: TrackRow): TrackRow & { initiative: InitiativeSettings } {
    if (track.kind !== 'initiative' || !track.initiative) throw unprocessable('track_not_initiative');
    return track as TrackRow & { initiative: InitiativeSettings };
  }

  private checkShape(track: TrackRow, draft: InitiativeDraft): void {
    const refusal = initiativeShapeRefusal(draft, this.initiativeTrack(track));
    if (refusal) throw unprocessable(refusal.code, 'params' in refusal ? refusal.params : {});
  }

  async create(user: SessionUser, trackId: number, draft: InitiativeDraft): Promise<Entry> {
    const id = await this.sql.transaction(async (client) => {
      // The track row lock keeps the per-author count true when the same draft is started twice at once.
      const track = await this.tracks.trackRow(trackId, client, true);
      this.initiativeTrack(track);
      const unitId = this.access.requireEntrantOf(user, track);
      this.entries.requireOpen(track);
      this.checkShape(track, draft);
      const [{ count }] = await this.sql.query<{ count: number }>(
        'initiatives-live-of-author',
        `SELECT count(*)::int AS count FROM entries WHERE track_id = $1 AND submitted_by = $2 AND status <> 'withdrawn'`,
        [trackId, user.id],
        client,
      );
      if (count >= MAX_INITIATIVES_PER_AUTHOR)
        throw conflict('entry_limit_per_author', { limit: MAX_INITIATIVES_PER_AUTHOR });
      const [row] = await this.sql.query<{ id: number }>(
        'initiative-insert',
        `INSERT INTO entries (track_id, unit_id, submitted_by, title, description, topic, authors, details,
           folded_title, shingles, bands, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'draft') RETURNING id`,
        [trackId, unitId, user.id, ...draftValues(draft)],
        client,
      );
      await this.audit.record(client, {
        actorId: user.id,
        action: 'initiative.create',
        entityType: 'entry',
        entityId: row.id,
        after: { title: draft.title, form: draft.form, area: draft.area },
      });
      return row.id;
    });
    return toEntry(await this.entries.entryRow(id), 'owner');
  }

  /**
   * Whether the author may change the entry now (`authorChangeRefusal`): a draft while the call is
   * open, one its unit returned until the unit's deadline. `sent` words a refusal for a send.
   */
  async authorWindow(entry: EntryRow, track: TrackRow, on?: Queryable, sending = false): Promise<void> {
    const stage = await this.stages.firstOfKind(track.id, 'unit_review', on);
    const refusal = authorChangeRefusal(entry, track, stage?.closesAt ?? null, new Date());
    if (refusal === null) return;
    if (refusal === 'initiative_not_editable')
      throw conflict(sending ? 'initiative_already_sent' : 'initiative_not_editable');
    if (refusal === 'track_not_open_yet') throw conflict(refusal, { opensAt: track.opensAt });
    if (refusal === 'track_closed') throw conflict(refusal, { closesAt: track.closesAt });
    throw conflict(refusal, { closesAt: stage!.closesAt! });
  }

  /** A save of the draft as it stands: no audit row per keystroke, the send is what is recorded. */
  async update(user: SessionUser, entryId: number, draft: InitiativeDraft): Promise<Entry> {
    await this.entries.changeOwn(
      user,
      entryId,
      async (entry, track) => {
        this.checkShape(track, draft);
        await this.sql.query(
          'initiative-update',
          `UPDATE entries SET title = $2, description = $3, topic = $4, authors = $5, details = $6,
           folded_title = $7, shingles = $8, bands = $9, updated_at = now()
         WHERE id = $1`,
          [entryId, ...draftValues(draft)],
        );
      },
      (entry, track, client) => this.authorWindow(entry, track, client),
    );
    return toEntry(await this.entries.entryRow(entryId), 'owner');
  }

  /**
   * To the author's unit: complete (every part written, the video processed for a video entry,
   * a group's representative reachable), before the call closes. It enters the pre-screening stage.
   */
  async send(user: SessionUser, entryId: number): Promise<Entry> {
    await this.entries.changeOwn(
      user,
      entryId,
      async (entry, track, client) => {
        this.initiativeTrack(track);
        if (entry.status === 'processing') throw conflict('entry_processing');
        const d = entry.details!;
        const draft = { ...d, title: entry.title };
        this.checkShape(track, draft as InitiativeDraft);
        const gaps = initiativeGaps(draft, { areas: track.topics, hasVideo: entry.file !== null });
        if (gaps.length > 0) throw unprocessable('initiative_incomplete', { missing: gaps.join(', ') });
        const stage = await this.stages.firstOfKind(track.id, 'unit_review', client);
        await this.sql.query(
          'initiative-send',
          `UPDATE entries SET status = 'submitted', unit_review = 'pending', unit_review_comment = NULL,
           unit_head_name = NULL, unit_head_position = NULL, unit_reviewed_by = NULL, unit_reviewed_at = NULL,
           submitted_at = now(), updated_at = now()
         WHERE id = $1`,
          [entryId],
          client,
        );
        if (stage) await this.membership.enter(stage.id, entryId, user.id, MOVE_REASONS.sent, client);
        await this.audit.record(client, {
          actorId: user.id,
          action: 'initiative.send',
          entityType: 'entry',
          entityId: entryId,
          before: { unitReview: entry.unitReview },
        });
      },
      (entry, track, client) => this.authorWindow(entry, track, client, true),
    );
    return toEntry(await this.entries.entryRow(entryId), 'owner');
  }

  /** The row of an initiative and its track, for the services that act on one (unit, attachments). */
  async initiativeRow(entryId: number, on?: Queryable): Promise<{ entry: EntryRow; track: TrackRow }> {
    const entry = await this.entries.entryRow(entryId, on);
    const track = await this.tracks.trackRow(entry.trackId, on);
    this.initiativeTrack(track);
    return { entry, track };
  }
}
