import { z } from 'zod';

/** Payloads of queue jobs, validated by the worker before it acts on them. */
export const gradeAttemptJobSchema = z.object({ attemptId: z.number().int().positive() });
export type GradeAttemptJob = z.infer<typeof gradeAttemptJobSchema>;

/** A finished upload to probe, transcode, thumbnail and hash. */
export const processEntryFileJobSchema = z.object({ fileId: z.number().int().positive() });
export type ProcessEntryFileJob = z.infer<typeof processEntryFileJobSchema>;
