import { Injectable } from '@nestjs/common';

import {
  initiativeTemplate,
  type AwardRules,
  type Track,
  type TrackCreate,
  type TrackSettings,
} from '@contest/contracts';

import type { SessionUser } from '../accounts/current-user';
import { AuditService } from '../audit/audit.service';
import { Sql, type Queryable } from '../database/sql';
import { conflict, notFound, unprocessable } from '../http/api-error';
import { StagesService } from '../judging/stages.service';

const TRACK_COLUMNS = `t.id, t.contest_id AS "contestId", c.name AS "contestName", t.kind, t.title,
  t.rules_text AS "rulesText", t.opens_at AS "opensAt", t.closes_at AS "closesAt", t.submitter,
  t.entries_per_unit AS "entriesPerUnit", t.topics, t.allow_files AS "allowFiles",
  t.allow_links AS "allowLinks", t.max_megabytes AS "maxMegabytes",
  t.max_duration_seconds AS "maxDurationSeconds", t.formats, t.initiative, t.scope_unit_id AS "scopeUnitId",
  su.name AS "scopeUnitName", su.path AS "scopePath",
  (SELECT r.published_at FROM track_results r WHERE r.track_id = t.id) AS "resultsPublishedAt",
  (SELECT s.closes_at FROM entry_stages s WHERE s.track_id = t.id AND s.kind = 'unit_review'
    ORDER BY s.position LIMIT 1) AS "unitsCloseAt"`;
/** Every read of a track joins its contest and the unit it is limited to. */
const TRACK_FROM = `entry_tracks t JOIN contests c ON c.id = t.contest_id LEFT JOIN units su ON su.id = t.scope_unit_id`;
export type TrackRow = Omit<Track, 'opensAt' | 'closesAt' | 'phase' | 'stages' | 'resultsPublishedAt'> & {
  opensAt: Date;
  closesAt: Date;
  resultsPublishedAt: Date | null;
  /** An initiative track's units' deadline: entries still arrive from units until then. */
  unitsCloseAt: Date | null;
  /** The scope unit's tree path: who may send, whose quotas count. */
  scopePath: string | null;
};
/** A call's settings in the column order of the track insert and update ($n after the key columns). */
const settingsValues = (s: TrackSettings) => [
  s.title,
  s.rulesText,
  s.opensAt,
  s.closesAt,
  s.submitter,
  s.entriesPerUnit,
  JSON.stringify(s.topics),
  s.allowFiles,
  s.allowLinks,
  s.maxMegabytes,
  s.maxDurationSeconds,
  JSON.stringify(s.formats),
  s.initiative === null ? null : JSON.stringify(s.initiative),
  s.scopeUnitId,
];

export const trackPhase = (t: { opensAt: Date; closesAt: Date }, now = new Date()): Track['phase'] =>
  now < t.opensAt ? 'upcoming' : now < t.closesAt ? 'open' : 'closed';

/** Tracks: the call for entries as organizers set it; their stages are `StagesService`'s. */
@Injectable()
export class TracksService {
  constructor(
    private readonly sql: Sql,
    private readonly audit: AuditService,
    private readonly stages: StagesService,
  ) {}

  async trackRow(trackId: number, on?: Queryable, forUpdate = false): Promise<TrackRow> {
    const [row] = await this.sql.query<TrackRow>(
      forUpdate ? 'track-row-for-update' : 'track-row',
      `SELECT ${TRACK_COLUMNS} FROM ${TRACK_FROM} WHERE t.id = $1
       ${forUpdate ? 'FOR UPDATE OF t' : ''}`,
      [trackId],
      on,
    );
    if (!row) throw notFound('track_not_found');
    return row;
  }

  async track(trackId: number, on?: Queryable): Promise<Track> {
    const row = await this.trackRow(trackId, on);
    return (await this.withStages([row], on))[0];
  }

  async listForContest(contestId: number): Promise<Track[]> {
    const rows = await this.sql.query<TrackRow>(
      'tracks-of-contest',
      `SELECT ${TRACK_COLUMNS} FROM ${TRACK_FROM} WHERE t.contest_id = $1 ORDER BY t.id`,
      [contestId],
    );
    return this.withStages(rows);
  }

  /** Every track, newest first: the public list of calls for entries and galleries. */
  async listAll(): Promise<Track[]> {
    const rows = await this.sql.query<TrackRow>(
      'tracks-all',
      `SELECT ${TRACK_COLUMNS} FROM ${TRACK_FROM} ORDER BY t.opens_at DESC, t.id DESC`,
    );
    return this.withStages(rows);
  }

  /** Rows as tracks, each with its stages and their rubrics (three reads however many tracks). */
  async withStages(rows: TrackRow[], on?: Queryable): Promise<Track[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const stages = await this.stages.ofTracks(ids, on);
    return rows.map(({ scopePath: _scopePath, unitsCloseAt: _unitsCloseAt, ...row }) => ({
      ...row,
      opensAt: row.opensAt.toISOString(),
      closesAt: row.closesAt.toISOString(),
      resultsPublishedAt: row.resultsPublishedAt?.toISOString() ?? null,
      phase: trackPhase(row),
      stages: stages.filter((s) => s.trackId === row.id),
    }));
  }

  async create(user: SessionUser, contestId: number, input: TrackCreate): Promise<Track> {
    const id = await this.sql.transaction(async (client) => {
      const [contest] = await this.sql.query<{ id: number }>(
        'track-contest',
        'SELECT id FROM contests WHERE id = $1',
        [contestId],
        client,
      );
      if (!contest) throw notFound('contest_not_found');
      await this.requireScopeUnit(input.settings.scopeUnitId, client);
      const [track] = await this.sql.query<{ id: number }>(
        'track-insert',
        `INSERT INTO entry_tracks (contest_id, kind, title, rules_text, opens_at, closes_at, submitter,
           entries_per_unit, topics, allow_files, allow_links, max_megabytes, max_duration_seconds, formats,
           initiative, scope_unit_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
        [contestId, input.kind, ...settingsValues(input.settings)],
        client,
      );
      const template = input.template ? (initiativeTemplate(input.template) ?? null) : null;
      const judged = await this.stages.createFirst(
        track.id,
        input.kind,
        input.unitDeadline,
        client,
        template,
      );
      if (template) {
        // The template's side prizes name their stage by its place among the judged stages.
        const { side, ...rules } = template.awards;
        const awards: AwardRules = {
          ...rules,
          side: side.map(({ stage, ...prize }) => ({ ...prize, stageId: judged[stage] })),
        };
        await this.sql.query(
          'track-award-rules-update',
          'UPDATE entry_tracks SET award_rules = $2 WHERE id = $1',
          [track.id, JSON.stringify(awards)],
          client,
        );
      }
      await this.audit.record(client, {
        actorId: user.id,
        action: 'track.create',
        entityType: 'track',
        entityId: track.id,
        after: input,
      });
      return track.id;
    });
    return this.track(id);
  }

  async update(user: SessionUser, trackId: number, s: TrackSettings): Promise<Track> {
    await this.sql.transaction(async (client) => {
      const before = await this.trackRow(trackId, client, true);
      // A track keeps its kind: an initiative track its initiative settings, a clip track none.
      if ((before.kind === 'initiative') !== (s.initiative !== null))
        throw unprocessable('initiative_settings_kind');
      await this.requireScopeUnit(s.scopeUnitId, client);
      // Once a stage is locked its field is judged: the call it came from stays as it was.
      const [locked] = await this.sql.query<{ lockedAt: Date | null }>(
        'track-locked-at',
        'SELECT max(locked_at) AS "lockedAt" FROM entry_stages WHERE track_id = $1',
        [trackId],
        client,
      );
      if (locked.lockedAt) throw conflict('stage_locked', { lockedAt: locked.lockedAt });
      await this.sql.query(
        'track-update',
        `UPDATE entry_tracks SET title = $2, rules_text = $3, opens_at = $4, closes_at = $5, submitter = $6,
           entries_per_unit = $7, topics = $8, allow_files = $9, allow_links = $10, max_megabytes = $11,
           max_duration_seconds = $12, formats = $13, initiative = $14, scope_unit_id = $15
         WHERE id = $1`,
        [trackId, ...settingsValues(s)],
        client,
      );
      await this.audit.record(client, {
        actorId: user.id,
        action: 'track.update',
        entityType: 'track',
        entityId: trackId,
        before,
        after: s,
      });
    });
    return this.track(trackId);
  }

  /** A scope names a live unit of the tree (a merged one has no people left to send). */
  private async requireScopeUnit(unitId: number | null, on: Queryable): Promise<void> {
    if (unitId === null) return;
    const [unit] = await this.sql.query(
      'scope-unit',
      'SELECT id FROM units WHERE id = $1 AND merged_into_id IS NULL',
      [unitId],
      on,
    );
    if (!unit) throw unprocessable('scope_unit_not_found');
  }
}
