import { REGISTER_SHEET, type ImportProblem } from '@contest/contracts';
import { foldForComparison, originalityKeys } from '@contest/domain';

import { importProblem } from '../spreadsheets/import-problem';
import { openSheet, type SheetRead } from '../spreadsheets/sheet-reader';

const H = REGISTER_SHEET.headers;
const REQUIRED = [H.title, H.summary, H.unit, H.year];
export const REGISTER_LIMITS = { title: 300, summary: 5000, unit: 255 } as const;

export interface RegisterImportRow {
  row: number;
  title: string;
  summary: string;
  unitName: string;
  year: number | null;
  foldedTitle: string;
  foldedText: string;
  shingles: number[];
  bands: number[];
}

/** Same initiative: the same title at the same unit, once folded. */
export const registerKey = (foldedTitle: string, unitName: string): string =>
  `${foldedTitle}|${foldForComparison(unitName)}`;

/**
 * Checks a register file whole: every row needs a title; summary, unit and year are optional but
 * bounded; a row repeating another row, or an initiative already in the register (same title at
 * the same unit), is a problem. Clean: every row to add; any problem: every problem and no rows.
 */
export function checkRegisterImport(
  sheet: SheetRead,
  known: ReadonlyMap<string, number>,
  thisYear = new Date().getFullYear(),
): { rows: RegisterImportRow[]; problems: ImportProblem[] } {
  const { problems, columns } = openSheet(sheet, REQUIRED, 'no_initiatives');
  if (!columns) return { rows: [], problems };
  const rows: RegisterImportRow[] = [];
  const rowOfKey = new Map<string, number>();
  for (const { row, cells } of sheet.rows) {
    const problem = (header: string | null, code: Parameters<typeof importProblem>[2], params = {}) =>
      problems.push(importProblem(row, header, code, params));
    const title = columns.cell(cells, H.title).replace(/\s+/g, ' ').normalize('NFC');
    const summary = columns.cell(cells, H.summary).normalize('NFC');
    const unitName = columns.cell(cells, H.unit).replace(/\s+/g, ' ').normalize('NFC');
    const yearText = columns.cell(cells, H.year);
    const before = problems.length;

    if (!title) problem(H.title, 'register_title_missing');
    else if (title.length > REGISTER_LIMITS.title)
      problem(H.title, 'register_title_too_long', { max: REGISTER_LIMITS.title });
    if (summary.length > REGISTER_LIMITS.summary)
      problem(H.summary, 'register_summary_too_long', { max: REGISTER_LIMITS.summary });
    if (unitName.length > REGISTER_LIMITS.unit)
      problem(H.unit, 'register_unit_too_long', { max: REGISTER_LIMITS.unit });
    const year = yearText === '' ? null : /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (year !== null && (Number.isNaN(year) || year < 1990 || year > thisYear))
      problem(H.year, 'register_year_invalid', { given: yearText });

    const foldedTitle = foldForComparison(title);
    const key = registerKey(foldedTitle, unitName);
    if (title && rowOfKey.has(key))
      problem(H.title, 'register_duplicate_in_file', { row: rowOfKey.get(key)! });
    else if (title && known.has(key)) problem(H.title, 'register_duplicate_known', { id: known.get(key)! });
    if (title && !rowOfKey.has(key)) rowOfKey.set(key, row);
    if (problems.length > before) continue;
    const text = `${title}\n${summary}`;
    rows.push({
      row,
      title,
      summary,
      unitName,
      year,
      foldedTitle,
      foldedText: foldForComparison(text),
      ...originalityKeys(title, text),
    });
  }
  return { rows: problems.length ? [] : rows, problems };
}
