import {
  fillPlaceholders,
  IMPORT_PROBLEMS,
  type ImportProblem,
  type ImportProblemCode,
} from '@contest/contracts';

/** One problem of an import report, worded from the catalogue so the web can translate its code. */
export function importProblem(
  row: number,
  column: string | null,
  code: ImportProblemCode,
  params: Record<string, string | number> = {},
): ImportProblem {
  return {
    row,
    column,
    code,
    ...(Object.keys(params).length ? { params } : {}),
    message: fillPlaceholders(IMPORT_PROBLEMS[code], params),
  };
}
