import type { ExportJobPayload, GradeAttemptJob, ProcessEntryFileJob } from '@contest/contracts';
import { exportJobPayloadSchema, gradeAttemptJobSchema, processEntryFileJobSchema } from '@contest/contracts';

/**
 * Every queue and job in one place: its queue, payload schema and job-id rule. Job ids make
 * enqueueing idempotent: the same attempt is never waiting twice in the same queue.
 * (BullMQ refuses integer ids, hence the prefix.)
 */
export const JOBS = {
  gradeAttempt: {
    queue: 'grading',
    name: 'grade-attempt',
    schema: gradeAttemptJobSchema,
    jobId: (p: GradeAttemptJob) => `attempt-${p.attemptId}`,
  },
  exportFile: {
    queue: 'exports',
    name: 'export-file',
    schema: exportJobPayloadSchema,
    jobId: (p: ExportJobPayload) => `export-${p.exportId}`,
  },
  processEntryFile: {
    queue: 'media',
    name: 'process-entry-file',
    schema: processEntryFileJobSchema,
    jobId: (p: ProcessEntryFileJob) => `entry-file-${p.fileId}`,
  },
} as const;
