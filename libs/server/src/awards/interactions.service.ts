import { Injectable } from '@nestjs/common';

import ExcelJS from 'exceljs';

import {
  INTERACTION_SHEET,
  type ImportReport,
  type InteractionInput,
  type InteractionSheet,
} from '@contest/contracts';
import { votePoints } from '@contest/domain';

import type { SessionUser } from '../accounts/current-user';
import { AuditService } from '../audit/audit.service';
import { Sql, type Queryable } from '../database/sql';
import { conflict, unprocessable } from '../http/api-error';
import { stageKind } from '../judging/stage-kinds';
import { inStage } from '../judging/stage-membership';
import { StagesService } from '../judging/stages.service';
import { readSheet } from '../spreadsheets/sheet-reader';
import { sheetRow } from '../spreadsheets/sheet-text';
import { checkInteractionImport } from './interaction-import';

interface CountRow {
  entryId: number;
  title: string;
  unitName: string;
  likes: number | null;
  shares: number | null;
  enteredBy: string | null;
  enteredAt: Date | null;
}

/**
 * Public interaction counted outside the platform (likes and shares of each entry's post on the
 * contest's social page): organizers type the counts in or import the stage's template filled in,
 * each change audited with who entered it; the stage turns likes + shares into capped points by
 * the same rule as gallery votes.
 */
@Injectable()
export class InteractionsService {
  constructor(
    private readonly sql: Sql,
    private readonly stages: StagesService,
    private readonly audit: AuditService,
  ) {}

  async sheet(stageId: number): Promise<InteractionSheet> {
    const stage = await this.stages.stageRow(stageId);
    const rows = await this.sql.query<CountRow>(
      'interaction-sheet',
      `SELECT e.id AS "entryId", e.title, un.name AS "unitName", c.likes, c.shares,
         u.full_name AS "enteredBy", c.entered_at AS "enteredAt"
       FROM entries e JOIN units un ON un.id = e.unit_id
       LEFT JOIN interaction_counts c ON c.stage_id = $1 AND c.entry_id = e.id
       LEFT JOIN users u ON u.id = c.entered_by
       WHERE e.status = 'submitted' AND ${inStage('$1', 'e.id')} ORDER BY e.id`,
      [stageId],
    );
    const points = votePoints(
      new Map(rows.map((r) => [r.entryId, (r.likes ?? 0) + (r.shares ?? 0)])),
      stage.votePoints,
    );
    return {
      stageId,
      stageName: stage.name,
      trackId: stage.trackId,
      publicSource: stage.publicSource,
      lockedAt: stage.lockedAt?.toISOString() ?? null,
      cap: stage.votePoints,
      rows: rows.map((r) => ({
        entryId: r.entryId,
        title: r.title,
        unitName: r.unitName,
        likes: r.likes ?? 0,
        shares: r.shares ?? 0,
        points: points.get(r.entryId) ?? 0,
        enteredBy: r.enteredBy,
        enteredAt: r.enteredAt?.toISOString() ?? null,
      })),
    };
  }

  /** Saves the rows that change something; the stage's row lock makes thirty equal sends one change. */
  async update(user: SessionUser, stageId: number, input: InteractionInput): Promise<InteractionSheet> {
    await this.sql.transaction(async (client) => {
      await this.requireCounts(stageId, client);
      await this.save(user.id, stageId, input.rows, client);
    });
    return this.sheet(stageId);
  }

  /** A filled-in template: checked whole against the stage's entries, saved only when every row is clean. */
  async import(
    user: SessionUser,
    stageId: number,
    query: { format: 'xlsx' | 'csv'; dryRun: boolean },
    file: Buffer,
  ): Promise<ImportReport> {
    const sheet = await readSheet(query.format, file);
    return this.sql.transaction(async (client) => {
      await this.requireCounts(stageId, client);
      const members = await this.sql.query<{ id: number }>(
        'interaction-members',
        `SELECT e.id FROM entries e WHERE e.status = 'submitted' AND ${inStage('$1', 'e.id')}`,
        [stageId],
        client,
      );
      const { rows, problems } = checkInteractionImport(sheet, new Set(members.map((m) => m.id)));
      const report = {
        dryRun: query.dryRun,
        rowsRead: sheet.rows.length,
        problems,
        ok: problems.length === 0,
      };
      if (problems.length || query.dryRun) return { ...report, imported: 0 };
      await this.save(user.id, stageId, rows, client);
      return { ...report, imported: rows.length };
    });
  }

  /** The stage's entries with their codes and current counts: the file to fill in and import. */
  async template(stageId: number): Promise<Buffer> {
    const { rows } = await this.sheet(stageId);
    const h = INTERACTION_SHEET.headers;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Lượt thích, chia sẻ');
    sheet.addRow(sheetRow([h.entry, h.title, h.likes, h.shares])).font = { bold: true };
    for (const r of rows) sheet.addRow(sheetRow([r.entryId, r.title, r.likes, r.shares]));
    [12, 60, 14, 14].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  /** Counts are typed in only for a scored stage that takes its public points from them, until its lock. */
  private async requireCounts(stageId: number, client: Queryable): Promise<void> {
    const stage = await this.stages.stageRow(stageId, client, true);
    if (!stageKind(stage.kind).scored || stage.publicSource !== 'counts')
      throw conflict('interaction_not_counts');
    if (stage.lockedAt) throw conflict('stage_locked', { lockedAt: stage.lockedAt });
  }

  private async save(
    actorId: number,
    stageId: number,
    input: readonly { entryId: number; likes: number; shares: number }[],
    client: Queryable,
  ): Promise<void> {
    const current = await this.sql.query<{ entryId: number; likes: number | null; shares: number | null }>(
      'interaction-current',
      `SELECT e.id AS "entryId", c.likes, c.shares FROM entries e
       LEFT JOIN interaction_counts c ON c.stage_id = $1 AND c.entry_id = e.id
       WHERE e.id = ANY($2::int[]) AND e.status = 'submitted' AND ${inStage('$1', 'e.id')}`,
      [stageId, input.map((r) => r.entryId)],
      client,
    );
    const stranger = input.find((r) => !current.some((c) => c.entryId === r.entryId));
    if (stranger) throw unprocessable('interaction_entry_not_in_stage', { entryId: stranger.entryId });
    const changed = input.filter((r) => {
      const c = current.find((x) => x.entryId === r.entryId)!;
      return c.likes !== r.likes || c.shares !== r.shares;
    });
    if (changed.length === 0) return;
    await this.sql.query(
      'interaction-upsert',
      `INSERT INTO interaction_counts (stage_id, entry_id, likes, shares, entered_by, entered_at)
       SELECT $1, e, l, s, $5, now() FROM unnest($2::int[], $3::int[], $4::int[]) AS t(e, l, s)
       ON CONFLICT (stage_id, entry_id) DO UPDATE
         SET likes = excluded.likes, shares = excluded.shares, entered_by = excluded.entered_by, entered_at = now()`,
      [
        stageId,
        changed.map((r) => r.entryId),
        changed.map((r) => r.likes),
        changed.map((r) => r.shares),
        actorId,
      ],
      client,
    );
    await this.audit.record(client, {
      actorId,
      action: 'interaction.update',
      entityType: 'stage',
      entityId: stageId,
      before: current.filter((c) => changed.some((r) => r.entryId === c.entryId)),
      after: changed,
    });
  }
}
