import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';

import { REGISTER_PAGE_SIZE, REGISTER_SHEET, type ImportReport, type RegisterRow } from '@contest/contracts';
import { foldForComparison } from '@contest/domain';

import { AuditService } from '../audit/audit.service';
import { LOCKS } from '../database/advisory-locks';
import { Sql, type Queryable } from '../database/sql';
import { readSheet } from '../spreadsheets/sheet-reader';
import { sheetRow } from '../spreadsheets/sheet-text';
import { checkRegisterImport, registerKey } from './register-import';

/**
 * The register of initiatives already applied: imported from the province's lists (checked whole,
 * added only when clean), and joined by the prize winners of published initiative stages.
 */
@Injectable()
export class RegisterService {
  constructor(
    private readonly sql: Sql,
    private readonly audit: AuditService,
  ) {}

  async page(q: string | undefined, page: number): Promise<{ items: RegisterRow[]; total: number }> {
    const folded = q ? `%${foldForComparison(q)}%` : null;
    const rows = await this.sql.query<RegisterRow & { createdAt: Date; total: number }>(
      'register-page',
      `SELECT id, title, summary, unit_name AS "unitName", year, source, created_at AS "createdAt",
              count(*) OVER ()::int AS total
         FROM initiative_register WHERE $1::text IS NULL OR folded_text LIKE $1
        ORDER BY id DESC LIMIT $2 OFFSET $3`,
      [folded, REGISTER_PAGE_SIZE, (page - 1) * REGISTER_PAGE_SIZE],
    );
    return {
      items: rows.map(({ total: _t, ...r }) => ({ ...r, createdAt: r.createdAt.toISOString() })),
      total: rows[0]?.total ?? 0,
    };
  }

  async import(
    actorId: number,
    query: { format: 'xlsx' | 'csv'; dryRun: boolean },
    file: Buffer,
  ): Promise<ImportReport> {
    const sheet = await readSheet(query.format, file);
    return this.sql.transaction(async (tx) => {
      // One import at a time, so two copies of one file cannot both pass the "already known" check.
      await this.sql.query(
        'register-import-lock',
        'SELECT pg_advisory_xact_lock($1, 0)',
        [LOCKS.register],
        tx,
      );
      const known = await this.knownKeys(tx);
      const { rows, problems } = checkRegisterImport(sheet, known);
      const report = {
        dryRun: query.dryRun,
        rowsRead: sheet.rows.length,
        problems,
        ok: problems.length === 0,
      };
      if (problems.length || query.dryRun) return { ...report, imported: 0 };
      await this.sql.query(
        'register-import-insert',
        // Arrays of arrays do not unnest row by row, so each row's phrase lists travel as JSON.
        `INSERT INTO initiative_register (title, summary, unit_name, year, source, folded_title, folded_text,
           shingles, bands, added_by)
         SELECT t.title, t.summary, t.unit_name, t.year, 'import', t.folded_title, t.folded_text,
                ARRAY(SELECT jsonb_array_elements_text(t.lists->0)::int),
                ARRAY(SELECT jsonb_array_elements_text(t.lists->1)::int), $8
           FROM unnest($1::varchar[], $2::text[], $3::varchar[], $4::int[], $5::text[], $6::text[], $7::jsonb[])
             AS t(title, summary, unit_name, year, folded_title, folded_text, lists)`,
        [
          rows.map((r) => r.title),
          rows.map((r) => r.summary),
          rows.map((r) => r.unitName),
          rows.map((r) => r.year),
          rows.map((r) => r.foldedTitle),
          rows.map((r) => r.foldedText),
          rows.map((r) => JSON.stringify([r.shingles, r.bands])),
          actorId,
        ],
        tx,
      );
      await this.audit.record(tx, {
        actorId,
        action: 'register.import',
        entityType: 'register',
        entityId: null,
        after: { rows: rows.length },
      });
      return { ...report, imported: rows.length };
    });
  }

  private async knownKeys(on: Queryable): Promise<Map<string, number>> {
    const rows = await this.sql.query<{ id: number; foldedTitle: string; unitName: string }>(
      'register-keys',
      'SELECT id, folded_title AS "foldedTitle", unit_name AS "unitName" FROM initiative_register',
      [],
      on,
    );
    return new Map(rows.map((r) => [registerKey(r.foldedTitle, r.unitName), r.id]));
  }

  /**
   * A published stage's prize winners join the register: a later contest's entry that repeats a
   * winner is not new. Clips are not initiatives and stay out; one row per winning entry.
   */
  async addWinners(entryIds: number[], on: Queryable): Promise<void> {
    if (entryIds.length === 0) return;
    const winners = await this.sql.query<{ id: number; title: string; summary: string }>(
      'register-winner-texts',
      `SELECT id, title, details->>'summary' AS summary FROM entries WHERE id = ANY($1::int[]) AND details IS NOT NULL`,
      [entryIds],
      on,
    );
    if (winners.length === 0) return;
    await this.sql.query(
      'register-add-winners',
      `INSERT INTO initiative_register (title, summary, unit_name, year, source, source_entry_id, folded_title,
         folded_text, shingles, bands)
       SELECT e.title, e.details->>'summary', un.name, extract(year FROM now())::int, 'winner', e.id,
              e.folded_title, t.folded_text, coalesce(e.shingles, '{}'), coalesce(e.bands, '{}')
         FROM unnest($1::int[], $2::text[]) AS t(id, folded_text)
         JOIN entries e ON e.id = t.id JOIN units un ON un.id = e.unit_id
       ON CONFLICT (source_entry_id) DO NOTHING`,
      [winners.map((w) => w.id), winners.map((w) => foldForComparison(`${w.title}\n${w.summary}`))],
      on,
    );
  }

  async template(): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Danh mục sáng kiến');
    const h = REGISTER_SHEET.headers;
    sheet.addRow(sheetRow([h.title, h.summary, h.unit, h.year])).font = { bold: true };
    sheet.addRow(
      sheetRow([
        'Tiếp nhận và trả kết quả hồ sơ đất đai qua mạng',
        'Người dân nộp hồ sơ qua Cổng dịch vụ công, nhận kết quả tại nhà qua bưu điện.',
        'UBND huyện Tân Lập',
        '2023',
      ]),
    );
    [50, 70, 30, 12].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
    return Buffer.from(await book.xlsx.writeBuffer());
  }
}
