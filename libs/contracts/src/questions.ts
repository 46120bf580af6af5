import { z } from 'zod';

import { MAX_OPTIONS } from './attempts';
import { idSchema, isoDateTime } from './common';

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const difficultySchema = z.enum(DIFFICULTIES);
export type Difficulty = z.infer<typeof difficultySchema>;

export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/** A bank question as organizers see it, key included. */
export const questionSchema = z.object({
  id: z.number().int(),
  contestId: z.number().int(),
  text: z.string(),
  options: z.array(z.string()),
  correctOption: z.number().int(),
  topic: z.string(),
  difficulty: difficultySchema,
  retiredAt: isoDateTime.nullable(),
  /** Drawn into an attempt of a round that has opened: edits that change grading are refused. */
  locked: z.boolean(),
  updatedAt: isoDateTime,
});
export type Question = z.infer<typeof questionSchema>;

export const questionInputSchema = z
  .object({
    text: z.string().trim().min(5, 'ít nhất 5 ký tự').max(2000),
    options: z
      .array(z.string().trim().min(1, 'phương án không được để trống').max(500))
      .min(2, 'ít nhất 2 phương án')
      .max(MAX_OPTIONS, `nhiều nhất ${MAX_OPTIONS} phương án`),
    correctOption: z
      .number()
      .int()
      .min(0)
      .max(MAX_OPTIONS - 1),
    topic: z.string().trim().min(1).max(80),
    difficulty: difficultySchema,
  })
  .refine((q) => q.correctOption < q.options.length, {
    message: 'đáp án đúng phải là một trong các phương án',
    params: { reason: 'key_not_an_option' },
    path: ['correctOption'],
  });
export type QuestionInput = z.infer<typeof questionInputSchema>;

export const questionListQuerySchema = z.object({
  topic: z.string().trim().max(80).optional(),
  difficulty: difficultySchema.optional(),
  q: z.string().trim().max(100).optional(),
  status: z.enum(['active', 'retired', 'all']).optional().default('active'),
  page: z.coerce.number().int().min(1).max(10_000).optional().default(1),
  pageSize: z.coerce.number().int().min(1).max(200).optional().default(50),
});
export type QuestionListQuery = z.infer<typeof questionListQuerySchema>;

export const questionListResponseSchema = z.object({
  items: z.array(questionSchema),
  total: z.number().int(),
  /** Active questions per topic and difficulty, for planning quotas. */
  topics: z.array(
    z.object({ topic: z.string(), easy: z.number().int(), medium: z.number().int(), hard: z.number().int() }),
  ),
});
export type QuestionListResponse = z.infer<typeof questionListResponseSchema>;

export const IMPORT_FORMATS = ['xlsx', 'csv'] as const;
/** Query of an import: the file itself is the raw request body (application/octet-stream). */
/** Query of every spreadsheet import (questions, the unit tree, rosters). */
export const importQuerySchema = z.object({
  format: z.enum(IMPORT_FORMATS),
  /** true: check only, import nothing. */
  dryRun: z
    .enum(['true', 'false'])
    .optional()
    .default('false')
    .transform((v) => v === 'true'),
});
export const questionImportQuerySchema = importQuerySchema;
export type QuestionImportQuery = z.infer<typeof questionImportQuerySchema>;

export const importProblemSchema = z.object({
  /** Spreadsheet row number as Excel shows it (the header is row 1); 0 for the file as a whole. */
  row: z.number().int(),
  /** Column header as in the template, or null when the problem is not one cell's. */
  column: z.string().nullable(),
  /** One of IMPORT_PROBLEMS' keys, with the values of its placeholders. */
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

export const importReportSchema = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  /** Non-empty data rows read (the header row not counted): the questions the file holds. */
  rowsRead: z.number().int(),
  imported: z.number().int(),
  problems: z.array(importProblemSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** Template headers (Vietnamese, as organizers keep them) and the difficulty words they use. */
export const QUESTION_SHEET = {
  headers: {
    text: 'Câu hỏi',
    options: OPTION_LETTERS.map((l) => `Phương án ${l}`),
    correct: 'Đáp án đúng',
    topic: 'Chủ đề',
    difficulty: 'Độ khó',
  },
  difficultyWords: { easy: 'Dễ', medium: 'Trung bình', hard: 'Khó' } satisfies Record<Difficulty, string>,
} as const;

export const contestIdParamSchema = z.object({ contestId: idSchema });
