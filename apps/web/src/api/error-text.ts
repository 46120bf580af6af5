import {
  API_ERRORS,
  fillPlaceholders,
  type ApiError as ApiErrorBody,
  type ImportProblem,
} from '@contest/contracts';

import { formatDateTime } from '../lib/format';
import en from '../locales/api-errors.en.json';

type Issue = NonNullable<ApiErrorBody['issues']>[number];
type Words = Record<string, string>;

const codes: Words = en.codes;
const issueWords: Words = Object.fromEntries(
  Object.entries(en.issues).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
);
const reasons: Words = en.issues.reasons;
const importProblems: Words = en.importProblems;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * The api words every refusal in Vietnamese and sends a stable code with its parameters; in any
 * other language the text is rebuilt from the code here, so an English page shows no Vietnamese.
 */
export function localizeApiError(
  body: ApiErrorBody,
  language: string,
): { message: string; issues: readonly Issue[] } {
  if (language === 'vi') return { message: body.message, issues: body.issues ?? [] };
  const format = (value: string | number) =>
    typeof value === 'string' && ISO_DATE_TIME.test(value) ? formatDateTime(value, language) : String(value);
  const issues = (body.issues ?? []).map((issue) => ({ ...issue, message: issueText(issue, format) }));
  const template = codes[body.code];
  if (body.code === 'validation_failed' && template)
    return {
      message: fillPlaceholders(template, {
        details: issues.map((i) => `${i.path}: ${i.message}`).join('; '),
      }),
      issues,
    };
  return { message: template ? fillPlaceholders(template, body.params ?? {}, format) : body.message, issues };
}

function issueText(issue: Issue, format: (value: string | number) => string): string {
  const params = issue.params ?? {};
  if (typeof params.reason === 'string' && reasons[params.reason]) return reasons[params.reason];
  const code = issue.code ?? 'invalid';
  const template = issueWords[`${code}_${params.origin}`] ?? issueWords[code] ?? issueWords.invalid;
  return fillPlaceholders(template, params, format);
}

/** A spreadsheet import's problem in the reader's language (the report words it in Vietnamese). */
export function localizeImportProblem(problem: ImportProblem, language: string): string {
  const template = importProblems[problem.code];
  if (language === 'vi' || !template) return problem.message;
  return fillPlaceholders(template, problem.params ?? {});
}

/**
 * A refusal the api states without failing a request (why a score sheet cannot be saved now), by
 * its code and parameters, in the reader's language: the same words a refused save would show.
 */
export function localizeRefusal(
  code: string,
  params: Record<string, string | number>,
  language: string,
): string {
  const format = (value: string | number) =>
    typeof value === 'string' && ISO_DATE_TIME.test(value) ? formatDateTime(value, language) : String(value);
  const template = language === 'vi' ? (API_ERRORS as Words)[code] : codes[code];
  return template ? fillPlaceholders(template, params, format) : code;
}
