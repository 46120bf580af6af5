import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Inject, Injectable, Logger } from '@nestjs/common';
import ExcelJS from 'exceljs';

import type { ExportRequest } from '@contest/contracts';

import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { Sql } from '../database/sql';
import { sheetCell, sheetRow } from '../spreadsheets/sheet-text';
import { exportSheet } from './export-sheets';

export const CHUNK_BYTES = 1024 * 1024;

/**
 * Writes one export in the worker: rows come through a server-side cursor a batch at a time
 * and go straight into a streaming XLSX writer on disk, so memory stays flat whatever the
 * row count; the finished file is then copied into Postgres in 1 MiB chunks.
 */
@Injectable()
export class ExportRunner {
  private readonly logger = new Logger(ExportRunner.name);

  constructor(
    private readonly sql: Sql,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async run(exportId: number): Promise<void> {
    const [row] = await this.sql.query<{ status: string; request: ExportRequest; fileName: string }>(
      'export-claim',
      `UPDATE exports SET status = 'running', progress = 0, rows = 0, error = NULL
        WHERE id = $1 AND status IN ('queued', 'running')
        RETURNING status, request, file_name AS "fileName"`,
      [exportId],
    );
    if (!row) return; // already done or failed: a repeated job changes nothing
    const file = join(tmpdir(), `contest-export-${exportId}-${process.pid}.xlsx`);
    try {
      const rows = await this.writeFile(exportId, row.request, file);
      const bytes = await this.storeFile(exportId, file);
      await this.sql.query(
        'export-done',
        `UPDATE exports SET status = 'done', progress = 1, rows = $2, byte_size = $3, finished_at = now() WHERE id = $1`,
        [exportId, rows, bytes],
      );
    } catch (error) {
      this.logger.error(`export ${exportId} failed: ${(error as Error).stack}`);
      await this.sql.query(
        'export-failed',
        `UPDATE exports SET status = 'failed', error = $2, finished_at = now() WHERE id = $1`,
        [exportId, 'Không tạo được tệp, vui lòng thử lại'],
      );
    } finally {
      await rm(file, { force: true });
    }
  }

  private async writeFile(exportId: number, request: ExportRequest, file: string): Promise<number> {
    const sheet = exportSheet(request, String(exportId));
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
    const ws = workbook.addWorksheet(sheet.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({ header: sheetCell(c.header), width: c.width }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();

    // The rows are read through a cursor held past its own transaction, so no transaction stays
    // open while the file is written, and progress goes through the same connection: an export
    // never holds one pooled connection while it waits for a second.
    const client = await this.sql.pool.connect();
    let written = 0;
    let failure: Error | undefined;
    try {
      const [{ n: total }] = (await client.query<{ n: number }>(sheet.countSql, sheet.params)).rows;
      await client.query(`DECLARE export_rows NO SCROLL CURSOR WITH HOLD FOR ${sheet.rowsSql}`, sheet.params);
      for (;;) {
        const batch = await client.query(`FETCH ${this.env.EXPORT_BATCH_ROWS} FROM export_rows`);
        if (batch.rows.length === 0) break;
        for (const r of batch.rows) ws.addRow(sheetRow(sheet.columns.map((c) => c.value(r)))).commit();
        written += batch.rows.length;
        await this.sql.query(
          'export-progress',
          'UPDATE exports SET progress = $2, rows = $3 WHERE id = $1',
          [exportId, total > 0 ? Math.min(0.95, (0.95 * written) / total) : 0.95, written],
          client,
        );
      }
      await client.query('CLOSE export_rows');
    } catch (error) {
      failure = error as Error;
      throw error;
    } finally {
      // A connection that failed mid-export may still hold the cursor: the pool drops it.
      client.release(failure);
    }
    ws.commit();
    await workbook.commit();
    return written;
  }

  private async storeFile(exportId: number, file: string): Promise<number> {
    await this.sql.query('export-chunks-clear', 'DELETE FROM export_chunks WHERE export_id = $1', [exportId]);
    let seq = 0;
    let bytes = 0;
    for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES })) {
      await this.sql.query(
        'export-chunk-insert',
        'INSERT INTO export_chunks (export_id, seq, data) VALUES ($1, $2, $3)',
        [exportId, seq++, chunk],
      );
      bytes += (chunk as Buffer).length;
    }
    return bytes;
  }
}
