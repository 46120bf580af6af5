import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

import type { ImportProblem, ImportProblemCode } from '@contest/contracts';
import { foldForSearch } from '@contest/domain';

import { hasBadText } from '../http/request-guards';
import { importProblem } from './import-problem';
import { readSheetText } from './sheet-text';

/** The sheet as read: header names, then each non-empty row's cells as text. */
export interface SheetRead {
  headers: string[];
  rows: { row: number; cells: string[] }[];
  /** Problems found while reading (formulas, merged cells, unreadable file). */
  problems: ImportProblem[];
}

export const MAX_IMPORT_ROWS = 5_000;
/** An .xlsx is a zip: a few MB can unpack to gigabytes, so the unpacked size is checked first. */
export const MAX_XLSX_UNPACKED_BYTES = 100 * 1024 * 1024;

const fileProblem = (code: ImportProblemCode, params?: Record<string, string | number>): SheetRead => ({
  headers: [],
  rows: [],
  problems: [importProblem(0, null, code, params)],
});

/** Reads the first worksheet of an XLSX file. Anything a spreadsheet can hide is reported, never guessed. */
export async function readXlsx(file: Buffer, maxUnpacked = MAX_XLSX_UNPACKED_BYTES): Promise<SheetRead> {
  const unpacked = zipUnpackedBytes(file);
  if (unpacked !== null && unpacked > maxUnpacked)
    return fileProblem('xlsx_too_large_unpacked', {
      mb: Math.ceil(unpacked / 1024 / 1024),
      maxMb: Math.floor(maxUnpacked / 1024 / 1024),
    });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    return fileProblem('xlsx_unreadable');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) return fileProblem('file_empty');
  if (sheet.actualRowCount > MAX_IMPORT_ROWS + 1)
    return fileProblem('too_many_rows', { max: MAX_IMPORT_ROWS });

  const problems: ImportProblem[] = [];
  const headerRow = sheet.getRow(1);
  const width = Math.max(sheet.actualColumnCount, headerRow.cellCount);
  const headers = Array.from({ length: width }, (_, i) => cellText(headerRow.getCell(i + 1)).trim());

  const merges: string[] = (sheet.model as { merges?: string[] }).merges ?? [];
  for (const range of merges) {
    const firstRow = Number(/\d+/.exec(range)?.[0] ?? 0);
    problems.push(importProblem(firstRow, null, 'merged_cells', { range }));
  }

  const rows: SheetRead['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      if (cell.type === ExcelJS.ValueType.Formula) {
        problems.push(
          importProblem(rowNumber, headers[c - 1] || cell.address, 'formula', { cell: cell.address }),
        );
      }
      cells.push(cell.type === ExcelJS.ValueType.Merge ? '' : cellText(cell));
    }
    if (cells.some((c) => c.trim() !== '')) rows.push({ row: rowNumber, cells });
  });
  return { headers, rows, problems };
}

/**
 * The total unpacked size a zip's central directory declares, or null when the file is not a
 * readable zip (exceljs then reports it unreadable). ZIP64 sizes count as unlimited.
 */
export function zipUnpackedBytes(zip: Buffer): number | null {
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return null;
    const size = zip.readUInt32LE(at + 24);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return total;
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  // Text typed on a Mac or pasted from some web pages carries tone marks decomposed (NFD); the
  // same words must compare equal to what Windows wrote, so every cell is read as NFC.
  if (typeof v === 'string') return readSheetText(v.normalize('NFC'));
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'richText' in v)
    return readSheetText(
      v.richText
        .map((r) => r.text)
        .join('')
        .normalize('NFC'),
    );
  if (typeof v === 'object' && 'text' in v) return String(v.text).normalize('NFC');
  // Formulas are reported by the caller; their cached result is not trusted as the value.
  return '';
}

/** A UTF-16 byte-order mark, or the NUL bytes UTF-16 puts beside every Latin letter (valid UTF-8 otherwise). */
function looksUtf16(file: Buffer): boolean {
  if (file.length >= 2 && ((file[0] === 0xff && file[1] === 0xfe) || (file[0] === 0xfe && file[1] === 0xff)))
    return true;
  return file.subarray(0, 4096).includes(0);
}

/**
 * Reads a CSV file. It must be UTF-8 (Excel: "CSV UTF-8"); a file in another encoding is refused
 * with how to fix it, because guessing would turn Vietnamese letters into wrong ones silently.
 */
export function readCsv(file: Buffer): SheetRead {
  if (looksUtf16(file)) return fileProblem('csv_utf16');
  let text: string;
  try {
    // NFC for the same reason as a spreadsheet's cells (see cellText).
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(file).normalize('NFC');
  } catch {
    return fileProblem('csv_not_utf8');
  }
  // No column may hold NUL or half a surrogate pair, wherever in the file it is.
  if (hasBadText(text)) return fileProblem('bad_character');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].reduce((best, d) =>
    firstLine.split(d).length > firstLine.split(best).length ? d : best,
  );
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    return fileProblem('csv_malformed', { detail: (error as Error).message });
  }
  if (records.length === 0) return fileProblem('file_empty');
  if (records.length > MAX_IMPORT_ROWS + 1) return fileProblem('too_many_rows', { max: MAX_IMPORT_ROWS });
  const [header, ...body] = records;
  const rows = body
    .map((cells, i) => ({ row: i + 2, cells }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  const problems: ImportProblem[] = [];
  for (const r of rows) {
    r.cells.forEach((c, i) => {
      if (/^=[A-Z]+\(|^=[A-Z]+\d/i.test(c.trim()))
        problems.push(importProblem(r.row, header[i] ?? null, 'csv_formula'));
    });
  }
  // Only after the formula check: an apostrophe before "=" is how our own exports mark text.
  const texts = rows.map((r) => ({ row: r.row, cells: r.cells.map(readSheetText) }));
  return { headers: header.map((h) => h.trim()), rows: texts, problems };
}

/** Reads an uploaded spreadsheet in the format the request named. */
export async function readSheet(format: 'xlsx' | 'csv', file: Buffer): Promise<SheetRead> {
  return format === 'xlsx' ? readXlsx(file) : readCsv(file);
}

/**
 * A sheet's columns found by their headers, whatever their order, case, tone marks or spacing:
 * every import checks its required columns and reads its cells through this.
 */
export function sheetColumns(headers: readonly string[]) {
  const index = new Map(headers.map((h, i) => [foldForSearch(h), i] as const));
  return {
    missing: (required: readonly string[]) => required.filter((h) => !index.has(foldForSearch(h))),
    /** The cell under `header`, trimmed; '' when the sheet has no such column. */
    cell: (cells: readonly string[], header: string) => {
      const i = index.get(foldForSearch(header));
      return i === undefined ? '' : (cells[i] ?? '').trim();
    },
  };
}

export type SheetColumns = ReturnType<typeof sheetColumns>;

/**
 * How an import's check begins: the problems reading found, a file with headers but no rows named
 * by the import's own code, and the columns it needs (null, with the problem said, when any is
 * missing: no row is read then).
 */
export function openSheet(
  sheet: SheetRead,
  required: readonly string[],
  emptyCode: ImportProblemCode,
): { problems: ImportProblem[]; columns: SheetColumns | null } {
  const problems = [...sheet.problems];
  if (sheet.rows.length === 0 && problems.length === 0 && sheet.headers.length > 0)
    problems.push(importProblem(0, null, emptyCode));
  const columns = sheetColumns(sheet.headers);
  const missing = columns.missing(required);
  if (missing.length === 0) return { problems, columns };
  problems.push(
    importProblem(1, null, 'missing_columns', { missing: missing.join(', '), expected: required.join(', ') }),
  );
  return { problems, columns: null };
}
