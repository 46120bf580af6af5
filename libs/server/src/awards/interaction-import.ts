import { INTERACTION_SHEET, type ImportProblem } from '@contest/contracts';

import { importProblem } from '../spreadsheets/import-problem';
import { openSheet, type SheetRead } from '../spreadsheets/sheet-reader';

const H = INTERACTION_SHEET.headers;
const REQUIRED = [H.entry, H.likes, H.shares];
const MAX_COUNT = 100_000_000;

export interface InteractionImportRow {
  entryId: number;
  likes: number;
  shares: number;
}

const count = (text: string): number | null => {
  const digits = text.replace(/[.,\s]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  const n = Number(digits);
  return n <= MAX_COUNT ? n : null;
};

/**
 * Checks a likes-and-shares file whole: each row names an entry of the stage by its code and
 * gives whole, non-negative counts (a thousands separator is read as such: "1.840" is 1840); an
 * entry twice is a problem. Clean: every row to save; any problem: every problem and no rows.
 */
export function checkInteractionImport(
  sheet: SheetRead,
  members: ReadonlySet<number>,
): { rows: InteractionImportRow[]; problems: ImportProblem[] } {
  const { problems, columns } = openSheet(sheet, REQUIRED, 'no_interactions');
  if (!columns) return { rows: [], problems };
  const rows: InteractionImportRow[] = [];
  const rowOfEntry = new Map<number, number>();
  for (const { row, cells } of sheet.rows) {
    const before = problems.length;
    const entryText = columns.cell(cells, H.entry).replace(/^#/, '');
    const entryId = /^\d{1,9}$/.test(entryText) ? Number(entryText) : null;
    if (entryId === null)
      problems.push(importProblem(row, H.entry, 'interaction_entry_invalid', { given: entryText }));
    else if (!members.has(entryId))
      problems.push(importProblem(row, H.entry, 'interaction_entry_unknown', { id: entryId }));
    else if (rowOfEntry.has(entryId))
      problems.push(
        importProblem(row, H.entry, 'interaction_duplicate_in_file', { row: rowOfEntry.get(entryId)! }),
      );
    const likesText = columns.cell(cells, H.likes);
    const sharesText = columns.cell(cells, H.shares);
    const likes = count(likesText);
    const shares = count(sharesText);
    if (likes === null)
      problems.push(importProblem(row, H.likes, 'interaction_count_invalid', { given: likesText }));
    if (shares === null)
      problems.push(importProblem(row, H.shares, 'interaction_count_invalid', { given: sharesText }));
    if (entryId !== null && !rowOfEntry.has(entryId)) rowOfEntry.set(entryId, row);
    if (problems.length > before) continue;
    rows.push({ entryId: entryId!, likes: likes!, shares: shares! });
  }
  return { rows: problems.length ? [] : rows, problems };
}
