import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';

import type { Entry, QuotaReport, UnitInbox, UnitLevel, UnitReviewDecision } from '@contest/contracts';
import { forwardQuotaOf } from '@contest/domain';

import { mayReviewForUnit } from '../access/access-policy';
import type { SessionUser } from '../accounts/current-user';
import { AuditService } from '../audit/audit.service';
import { Sql } from '../database/sql';
import { EntriesService } from '../entries/entries.service';
import { ENTRY_SELECT, toEntry, type EntryRow } from '../entries/entry-view';
import { TracksService, type TrackRow } from '../entries/tracks.service';
import { conflict, forbidden, notFound, unprocessable } from '../http/api-error';
import { stageKind } from '../judging/stage-kinds';
import { MOVE_REASONS, StageMembership } from '../judging/stage-membership';
import { StagesService } from '../judging/stages.service';
import { sheetRow } from '../spreadsheets/sheet-text';

interface UnitCount {
  unitId: number;
  unitName: string;
  level: UnitLevel;
  forwarded: number;
  pending: number;
  returned: number;
  admins: number;
}

/**
 * A unit's pre-screening of the initiatives its people send: the unit admin returns one with a
 * comment or forwards it with the head's confirmation, before the unit's deadline (the close of
 * the track's pre-screening stage) and within the call's per-unit limit; organizers follow which
 * units have not met their level's quota.
 */
@Injectable()
export class UnitReviewService {
  constructor(
    private readonly sql: Sql,
    private readonly tracks: TracksService,
    private readonly stages: StagesService,
    private readonly entries: EntriesService,
    private readonly membership: StageMembership,
    private readonly audit: AuditService,
  ) {}

  private requireInitiativeTrack(
    track: TrackRow,
  ): TrackRow & { initiative: NonNullable<TrackRow['initiative']> } {
    if (track.kind !== 'initiative' || !track.initiative) throw unprocessable('track_not_initiative');
    return track as TrackRow & { initiative: NonNullable<TrackRow['initiative']> };
  }

  async inbox(user: SessionUser, trackId: number): Promise<UnitInbox> {
    const row = this.requireInitiativeTrack(await this.tracks.trackRow(trackId));
    if (!user.unitId) throw forbidden('track_needs_unit');
    const [[track], stage, rows, [unit]] = await Promise.all([
      this.tracks.withStages([row]),
      this.stages.firstOfKind(trackId, 'unit_review'),
      this.sql.query<EntryRow & { submittedByName: string }>(
        'unit-inbox-entries',
        `SELECT q.*, u.full_name AS "submittedByName" FROM (${ENTRY_SELECT}
           WHERE e.track_id = $1 AND e.unit_id = $2 AND e.unit_review IS NOT NULL AND e.status <> 'withdrawn') q
         JOIN users u ON u.id = q."submittedBy"
         ORDER BY CASE q."unitReview" WHEN 'pending' THEN 0 WHEN 'forwarded' THEN 1 ELSE 2 END, q."submittedAt" DESC`,
        [trackId, user.unitId],
      ),
      this.sql.query<{ name: string; level: UnitLevel }>(
        'unit-name-level',
        'SELECT name, level FROM units WHERE id = $1',
        [user.unitId],
      ),
    ]);
    return {
      track,
      unitId: user.unitId,
      unitName: unit.name,
      deadline: stage?.closesAt?.toISOString() ?? null,
      required: forwardQuotaOf(unit.level, row.initiative.quotas),
      forwarded: rows.filter((r) => r.unitReview === 'forwarded').length,
      limit: row.entriesPerUnit,
      items: rows.map((r) => ({ ...toEntry(r, 'owner'), submittedByName: r.submittedByName })),
    };
  }

  async decide(user: SessionUser, entryId: number, decision: UnitReviewDecision): Promise<Entry> {
    await this.sql.transaction(async (client) => {
      const [ref] = await this.sql.query<{ trackId: number }>(
        'entry-track-id',
        'SELECT track_id AS "trackId" FROM entries WHERE id = $1',
        [entryId],
        client,
      );
      if (!ref) throw notFound('entry_not_found');
      // The track first, then the entry (the order every entry change takes): forwards of one
      // track queue here, so the per-unit limit holds when two are pressed at once.
      const track = this.requireInitiativeTrack(await this.tracks.trackRow(ref.trackId, client, true));
      const [entry] = await this.sql.query<{ unitId: number; unitReview: string | null; status: string }>(
        'entry-for-unit-review',
        `SELECT unit_id AS "unitId", unit_review AS "unitReview", status FROM entries WHERE id = $1 FOR UPDATE`,
        [entryId],
        client,
      );
      if (!mayReviewForUnit(user, entry)) throw notFound('entry_not_found');
      if (entry.status === 'withdrawn') throw conflict('entry_withdrawn');
      if (entry.unitReview !== 'pending')
        throw conflict('unit_review_not_pending', { state: entry.unitReview ?? '' });
      const stage = await this.stages.firstOfKind(track.id, 'unit_review', client);
      if (!stage) throw notFound('stage_not_found');
      const refusal = stageKind(stage.kind).workRefusal(stage, track, new Date());
      if (refusal) throw conflict(refusal.code, refusal.params);
      if (decision.decision === 'forward') {
        const [{ forwarded }] = await this.sql.query<{ forwarded: number }>(
          'unit-forwarded-count',
          `SELECT count(*)::int AS forwarded FROM entries
            WHERE track_id = $1 AND unit_id = $2 AND unit_review = 'forwarded' AND status <> 'withdrawn'`,
          [track.id, entry.unitId],
          client,
        );
        if (forwarded >= track.entriesPerUnit)
          throw conflict('forward_limit_reached', { limit: track.entriesPerUnit });
        await this.sql.query(
          'entry-unit-forward',
          `UPDATE entries SET unit_review = 'forwarded', unit_review_comment = nullif($2, ''), unit_head_name = $3,
             unit_head_position = $4, unit_reviewed_by = $5, unit_reviewed_at = now(), updated_at = now()
           WHERE id = $1`,
          [entryId, decision.comment, decision.headName, decision.headPosition, user.id],
          client,
        );
        // It passes on: the unit's stage no longer holds it (its count is what still waits there).
        const screening = await this.stages.firstOfKind(track.id, 'screening', client);
        const reason = MOVE_REASONS.forwarded(decision.headName, decision.headPosition);
        await this.membership.leave(stage.id, entryId, user.id, reason, client);
        if (screening) await this.membership.enter(screening.id, entryId, user.id, reason, client);
      } else {
        // Back to its author as a draft, with the comment saying what to change.
        await this.sql.query(
          'entry-unit-return',
          `UPDATE entries SET unit_review = 'returned', status = 'draft', unit_review_comment = $2,
             unit_head_name = NULL, unit_head_position = NULL, unit_reviewed_by = $3, unit_reviewed_at = now(),
             updated_at = now()
           WHERE id = $1`,
          [entryId, decision.comment, user.id],
          client,
        );
        await this.membership.leave(
          stage.id,
          entryId,
          user.id,
          MOVE_REASONS.returned(decision.comment),
          client,
        );
      }
      await this.audit.record(client, {
        actorId: user.id,
        action: decision.decision === 'forward' ? 'initiative.forward' : 'initiative.return',
        entityType: 'entry',
        entityId: entryId,
        before: { unitReview: entry.unitReview },
        after: decision,
        reason: decision.comment || null,
      });
    });
    return toEntry(await this.entries.entryRow(entryId), 'owner');
  }

  /** Every live unit of a level with a quota, with what it forwarded, holds and returned. */
  async quotas(trackId: number): Promise<QuotaReport> {
    const track = this.requireInitiativeTrack(await this.tracks.trackRow(trackId));
    const quotas = track.initiative.quotas;
    const [stage, counts] = await Promise.all([
      this.stages.firstOfKind(trackId, 'unit_review'),
      this.sql.query<UnitCount>(
        'unit-quota-counts',
        `SELECT u.id AS "unitId", u.name AS "unitName", u.level,
           count(*) FILTER (WHERE e.unit_review = 'forwarded')::int AS forwarded,
           count(*) FILTER (WHERE e.unit_review = 'pending')::int AS pending,
           count(*) FILTER (WHERE e.unit_review = 'returned')::int AS returned,
           (SELECT count(*)::int FROM users a WHERE a.unit_id = u.id AND a.role = 'unit_admin') AS admins
         FROM units u
         LEFT JOIN entries e ON e.unit_id = u.id AND e.track_id = $1 AND e.status <> 'withdrawn'
         WHERE u.merged_into_id IS NULL AND u.level = ANY($2::varchar[])
           AND ($3::text IS NULL OR u.path LIKE $3 || '%')
         GROUP BY u.id ORDER BY u.name`,
        // A district's own contest counts its own units only.
        [trackId, quotas.map((q) => q.level), track.scopePath],
      ),
    ]);
    const units = counts.map((c) => {
      const required = forwardQuotaOf(c.level, quotas);
      return { ...c, required, met: c.forwarded >= required };
    });
    return {
      trackId,
      deadline: stage?.closesAt?.toISOString() ?? null,
      quotas,
      units,
      unitsShort: units.filter((u) => !u.met).length,
      unitsWithoutAdmin: units.filter((u) => u.admins === 0).length,
    };
  }

  /** The units still short of their quota and their admins' contacts: a list to call down. */
  async quotasWorkbook(trackId: number): Promise<Buffer> {
    const report = await this.quotas(trackId);
    const short = report.units.filter((u) => !u.met);
    const admins = await this.sql.query<{ unitId: number; fullName: string; login: string }>(
      'unit-admins-of-units',
      `SELECT unit_id AS "unitId", full_name AS "fullName", login FROM users
        WHERE role = 'unit_admin' AND unit_id = ANY($1::int[]) ORDER BY full_name`,
      [short.map((u) => u.unitId)],
    );
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Chưa đủ chỉ tiêu', { views: [{ state: 'frozen', ySplit: 1 }] });
    const headers = [
      'Đơn vị',
      'Chỉ tiêu',
      'Đã chuyển',
      'Chờ đơn vị xét',
      'Đã trả lại',
      'Còn thiếu',
      'Quản trị đơn vị',
      'Liên hệ',
    ];
    sheet.addRow(sheetRow(headers)).font = { bold: true };
    [40, 10, 10, 14, 11, 10, 28, 30].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
    for (const u of short) {
      const of = admins.filter((a) => a.unitId === u.unitId);
      sheet.addRow(
        sheetRow([
          u.unitName,
          u.required,
          u.forwarded,
          u.pending,
          u.returned,
          u.required - u.forwarded,
          of.length ? of.map((a) => a.fullName).join('; ') : '(chưa có — giao ở trang Đơn vị)',
          of.map((a) => a.login).join('; '),
        ]),
      );
    }
    return Buffer.from(await book.xlsx.writeBuffer());
  }
}
