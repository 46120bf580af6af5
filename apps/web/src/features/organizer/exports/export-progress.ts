import type { ExportJob } from '@contest/contracts';

export const EXPORT_POLL_MS = 1_000;

export const isExportFinished = (status: ExportJob['status']): boolean =>
  status === 'done' || status === 'failed';

/** Progress as a whole percentage for a bar: 0…100, full once done. */
export function exportPercent(job: Pick<ExportJob, 'status' | 'progress'>): number {
  if (job.status === 'done') return 100;
  return Math.max(0, Math.min(100, Math.round(job.progress * 100)));
}

/** How often to ask about a job: every second until it is finished, then never. */
export const exportPollInterval = (job: Pick<ExportJob, 'status'> | undefined): number | false =>
  job && isExportFinished(job.status) ? false : EXPORT_POLL_MS;
