import {
  DIFFICULTIES,
  OPTION_LETTERS,
  QUESTION_SHEET,
  questionInputSchema,
  type Difficulty,
  type ImportProblem,
  type ImportProblemCode,
  type QuestionInput,
} from '@contest/contracts';
import { foldForSearch } from '@contest/domain';

import { importProblem } from '../spreadsheets/import-problem';
import { sheetColumns, type SheetRead } from '../spreadsheets/sheet-reader';

const H = QUESTION_SHEET.headers;
const REQUIRED = [H.text, H.options[0], H.options[1], H.correct, H.topic, H.difficulty];

/** Key for "the same question": case, tone marks, spacing and end punctuation do not count. */
export const questionKey = (text: string) => foldForSearch(text).replace(/[\s.?:!…]+$/u, '');

const DIFFICULTY_WORDS = new Map<string, Difficulty>([
  ...Object.entries(QUESTION_SHEET.difficultyWords).map(
    ([d, w]) => [foldForSearch(w), d as Difficulty] as const,
  ),
  ...DIFFICULTIES.map((d) => [d, d] as const),
]);

export interface CheckedImport {
  questions: QuestionInput[];
  problems: ImportProblem[];
}

/**
 * Checks every row of an import against the template and the contest: a clean file gives the
 * questions, any problem anywhere gives the full list of problems (and no questions).
 */
export function checkImport(
  sheet: SheetRead,
  topics: readonly string[],
  existing: ReadonlyMap<string, number>,
): CheckedImport {
  const problems: ImportProblem[] = [...sheet.problems];
  if (sheet.headers.length === 0 && problems.length > 0) return { questions: [], problems };

  const columns = sheetColumns(sheet.headers);
  const missing = columns.missing(REQUIRED);
  if (missing.length > 0) {
    problems.push(
      importProblem(1, null, 'missing_columns', {
        missing: missing.join(', '),
        expected: [H.text, ...H.options, H.correct, H.topic, H.difficulty].join(' | '),
      }),
    );
    return { questions: [], problems };
  }
  if (sheet.rows.length === 0) problems.push(importProblem(0, null, 'no_questions'));

  const topicByKey = new Map(topics.map((t) => [foldForSearch(t), t] as const));
  const seenInFile = new Map<string, number>();
  const questions: QuestionInput[] = [];
  for (const { row, cells } of sheet.rows) {
    const at = (header: string) => columns.cell(cells, header);
    const report = (
      column: string | null,
      code: ImportProblemCode,
      params?: Record<string, string | number>,
    ) => problems.push(importProblem(row, column, code, params));
    const before = problems.length;

    const text = at(H.text);
    if (!text) report(H.text, 'text_missing');

    const raw = H.options.map((h) => at(h));
    const lastFilled = raw.reduce((last, v, i) => (v ? i : last), -1);
    const options = raw.slice(0, lastFilled + 1);
    options.forEach((v, i) => {
      if (!v) report(H.options[i], 'option_gap', { letter: OPTION_LETTERS[i] });
    });
    if (options.length < 2) report(H.options[options.length] ?? H.options[1], 'too_few_options');

    const correctRaw = at(H.correct).toUpperCase();
    const letters = correctRaw.split(/[\s,;/+&]+/u).filter((t) => t && t !== 'VÀ' && t !== 'AND');
    let correctOption = -1;
    if (letters.length === 0) report(H.correct, 'key_missing');
    else if (letters.length > 1)
      report(H.correct, 'several_keys', { count: letters.length, given: correctRaw });
    else if (!OPTION_LETTERS.includes(letters[0] as (typeof OPTION_LETTERS)[number]))
      report(H.correct, 'key_invalid', { given: correctRaw });
    else {
      correctOption = OPTION_LETTERS.indexOf(letters[0] as (typeof OPTION_LETTERS)[number]);
      if (!raw[correctOption]) report(H.correct, 'key_option_empty', { letter: letters[0] });
    }

    const topicRaw = at(H.topic);
    const topic = topicByKey.get(foldForSearch(topicRaw));
    if (!topicRaw) report(H.topic, 'topic_missing');
    else if (!topic) report(H.topic, 'topic_unknown', { topic: topicRaw, topics: topics.join('; ') });

    const difficultyRaw = at(H.difficulty);
    const difficulty = DIFFICULTY_WORDS.get(foldForSearch(difficultyRaw));
    if (!difficulty && !difficultyRaw) report(H.difficulty, 'difficulty_missing');
    else if (!difficulty)
      report(H.difficulty, 'difficulty_invalid', {
        given: difficultyRaw,
        allowed: Object.values(QUESTION_SHEET.difficultyWords).join(', '),
      });

    if (text) {
      const key = questionKey(text);
      const existingId = existing.get(key);
      const earlierRow = seenInFile.get(key);
      if (existingId !== undefined) report(H.text, 'duplicate_in_bank', { id: existingId });
      else if (earlierRow !== undefined) report(H.text, 'duplicate_in_file', { row: earlierRow });
      else seenInFile.set(key, row);
    }

    if (problems.length > before) continue;
    const parsed = questionInputSchema.safeParse({ text, options, correctOption, topic, difficulty });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        report(columnOf(issue.path), 'invalid_value', { detail: issue.message });
      continue;
    }
    questions.push(parsed.data);
  }
  return problems.length > 0 ? { questions: [], problems } : { questions, problems };
}

function columnOf(path: PropertyKey[]): string | null {
  switch (path[0]) {
    case 'text':
      return H.text;
    case 'options':
      return typeof path[1] === 'number' ? H.options[path[1]] : H.options[0];
    case 'correctOption':
      return H.correct;
    default:
      return null;
  }
}
