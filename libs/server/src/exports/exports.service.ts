import { Readable } from 'node:stream';

import { HttpStatus, Injectable } from '@nestjs/common';

import type { ExportJob, ExportRequest } from '@contest/contracts';

import { apiError, conflict, notFound } from '../http/api-error';
import type { SessionUser } from '../accounts/current-user';
import { Sql } from '../database/sql';
import { JOBS } from '../queues/catalogue';
import { QueuesService } from '../queues/queues.service';
import { WEEKLY_ROUND } from '../rounds/weekly-round';
import { exportSheet } from './export-sheets';

const COLUMNS = `id, kind, status, progress, rows, file_name AS "fileName", byte_size AS "byteSize", error,
  created_at AS "createdAt", finished_at AS "finishedAt"`;
type Row = Omit<ExportJob, 'createdAt' | 'finishedAt'> & { createdAt: Date; finishedAt: Date | null };
const toJob = (r: Row): ExportJob => ({
  ...r,
  createdAt: r.createdAt.toISOString(),
  finishedAt: r.finishedAt?.toISOString() ?? null,
});

/** The api's side of exports: request one, follow its progress, stream the finished file. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly sql: Sql,
    private readonly queues: QueuesService,
  ) {}

  async create(user: SessionUser, request: ExportRequest): Promise<ExportJob> {
    const label = await this.checkTarget(request);
    const [row] = await this.sql.query<Row>(
      'export-insert',
      `INSERT INTO exports (kind, request, file_name, created_by) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
      [request.kind, JSON.stringify(request), exportSheet(request, label).fileName, user.id],
    );
    const job = JOBS.exportFile;
    const payload = { exportId: row.id };
    try {
      await this.queues.queue(job.queue).add(job.name, payload, {
        jobId: job.jobId(payload),
        attempts: 1,
        removeOnFail: { age: 7 * 24 * 3600 },
      });
    } catch {
      // Not left 'queued' forever: the organizer sees it failed and can ask again.
      await this.sql.query(
        'export-not-queued',
        `UPDATE exports SET status = 'failed', error = $2, finished_at = now() WHERE id = $1`,
        [row.id, 'Hàng đợi tạm thời không sẵn sàng'],
      );
      throw apiError(HttpStatus.SERVICE_UNAVAILABLE, 'queue_unavailable');
    }
    return toJob(row);
  }

  async list(user: SessionUser): Promise<ExportJob[]> {
    const rows = await this.sql.query<Row>(
      'exports-of-user',
      `SELECT ${COLUMNS} FROM exports WHERE created_by = $1 ORDER BY id DESC LIMIT 50`,
      [user.id],
    );
    return rows.map(toJob);
  }

  async get(exportId: number): Promise<ExportJob> {
    const [row] = await this.sql.query<Row>('export-by-id', `SELECT ${COLUMNS} FROM exports WHERE id = $1`, [
      exportId,
    ]);
    if (!row) throw notFound('export_not_found');
    return toJob(row);
  }

  /** The file, read back one 1 MiB chunk at a time as the client takes it. */
  async file(exportId: number): Promise<{ fileName: string; stream: Readable }> {
    const job = await this.get(exportId);
    if (job.status !== 'done') throw conflict(job.status === 'failed' ? 'export_failed' : 'export_not_ready');
    const sql = this.sql;
    async function* chunks() {
      for (let seq = 0; ; seq++) {
        const [chunk] = await sql.query<{ data: Buffer }>(
          'export-chunk',
          'SELECT data FROM export_chunks WHERE export_id = $1 AND seq = $2',
          [exportId, seq],
        );
        if (!chunk) return;
        yield chunk.data;
      }
    }
    return { fileName: job.fileName, stream: Readable.from(chunks()) };
  }

  /** Refuses an export whose data does not exist yet, with the reason; returns a label for the file name. */
  private async checkTarget(request: ExportRequest): Promise<string> {
    if (request.kind === 'stage_votes') {
      const [stage] = await this.sql.query('export-check-stage', 'SELECT 1 FROM entry_stages WHERE id = $1', [
        request.stageId,
      ]);
      if (!stage) throw notFound('stage_not_found');
      return `vong-${request.stageId}`;
    }
    if (request.kind === 'contest_ranking') {
      const [contest] = await this.sql.query<{ finalised: number }>(
        'export-check-contest',
        `SELECT (SELECT count(*)::int FROM rounds r WHERE r.contest_id = c.id AND r.finalised_at IS NOT NULL AND ${WEEKLY_ROUND}) AS finalised
           FROM contests c WHERE c.id = $1`,
        [request.contestId],
      );
      if (!contest) throw notFound('contest_not_found');
      if (contest.finalised === 0) throw conflict('export_contest_not_finalised');
      return `cuoc-thi-${request.contestId}`;
    }
    const [round] = await this.sql.query<{ weekNumber: number; finalised: boolean }>(
      'export-check-round',
      'SELECT week_number AS "weekNumber", finalised_at IS NOT NULL AS finalised FROM rounds WHERE id = $1',
      [request.roundId],
    );
    if (!round) throw notFound('round_not_found');
    if (!round.finalised) throw conflict('export_round_not_finalised');
    return `tuan-${round.weekNumber}-vong-${request.roundId}`;
  }
}
