import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

import { QUESTION_SHEET, type ImportProblem } from '@contest/contracts';

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

const fileProblem = (message: string): SheetRead => ({
  headers: [],
  rows: [],
  problems: [{ row: 0, column: null, message }],
});

/** Reads the first worksheet of an XLSX file. Anything a spreadsheet can hide is reported, never guessed. */
export async function readXlsx(file: Buffer, maxUnpacked = MAX_XLSX_UNPACKED_BYTES): Promise<SheetRead> {
  const unpacked = zipUnpackedBytes(file);
  if (unpacked !== null && unpacked > maxUnpacked)
    return fileProblem(
      `Tệp Excel quá lớn khi giải nén (${Math.ceil(unpacked / 1024 / 1024)} MB, tối đa ${Math.floor(maxUnpacked / 1024 / 1024)} MB): hãy chia thành nhiều tệp.`,
    );
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    return fileProblem(
      'Không đọc được tệp Excel (.xlsx). Hãy mở tệp bằng Excel và lưu lại dạng "Excel Workbook".',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) return fileProblem('Tệp không có dữ liệu');
  if (sheet.actualRowCount > MAX_IMPORT_ROWS + 1)
    return fileProblem(`Tệp có quá nhiều dòng (tối đa ${MAX_IMPORT_ROWS} câu hỏi mỗi lần nhập)`);

  const problems: ImportProblem[] = [];
  const headerRow = sheet.getRow(1);
  const width = Math.max(sheet.actualColumnCount, headerRow.cellCount);
  const headers = Array.from({ length: width }, (_, i) => cellText(headerRow.getCell(i + 1)).trim());

  const merges: string[] = (sheet.model as { merges?: string[] }).merges ?? [];
  for (const range of merges) {
    const firstRow = Number(/\d+/.exec(range)?.[0] ?? 0);
    problems.push({
      row: firstRow,
      column: null,
      message: `Ô gộp ${range}: hãy bỏ gộp ô (Merge & Center) để mỗi ô có một giá trị`,
    });
  }

  const rows: SheetRead['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      if (cell.type === ExcelJS.ValueType.Formula) {
        problems.push({
          row: rowNumber,
          column: headers[c - 1] || cell.address,
          message: `Ô ${cell.address} chứa công thức: hãy dán giá trị (Paste Values) thay cho công thức`,
        });
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
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
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
  if (looksUtf16(file))
    return fileProblem(
      'Tệp CSV đang ở mã UTF-16 (Excel gọi là "Unicode Text"), không phải UTF-8. Trong Excel hãy chọn Lưu dạng "CSV UTF-8 (Comma delimited)".',
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(file);
  } catch {
    return fileProblem(
      'Tệp CSV không phải mã UTF-8 (có thể là Windows-1258 hoặc TCVN3). Trong Excel hãy chọn Lưu dạng "CSV UTF-8 (Comma delimited)".',
    );
  }
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
    return fileProblem(`Tệp CSV sai định dạng: ${(error as Error).message}`);
  }
  if (records.length === 0) return fileProblem('Tệp không có dữ liệu');
  if (records.length > MAX_IMPORT_ROWS + 1)
    return fileProblem(`Tệp có quá nhiều dòng (tối đa ${MAX_IMPORT_ROWS} câu hỏi mỗi lần nhập)`);
  const [header, ...body] = records;
  const rows = body
    .map((cells, i) => ({ row: i + 2, cells }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  const problems: ImportProblem[] = [];
  for (const r of rows) {
    r.cells.forEach((c, i) => {
      if (/^=[A-Z]+\(|^=[A-Z]+\d/i.test(c.trim()))
        problems.push({
          row: r.row,
          column: header[i] ?? null,
          message: 'Ô chứa công thức: hãy dán giá trị thay cho công thức',
        });
    });
  }
  return { headers: header.map((h) => h.trim()), rows, problems };
}

/** Builds the workbook of the import template, or of an exported bank in the same format. */
export function questionWorkbook(
  topics: readonly string[],
  questions: readonly {
    text: string;
    options: string[];
    correctOption: number;
    topic: string;
    difficulty: keyof typeof QUESTION_SHEET.difficultyWords;
  }[],
): ExcelJS.Workbook {
  const h = QUESTION_SHEET.headers;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Câu hỏi', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: h.text, width: 60 },
    ...h.options.map((o) => ({ header: o, width: 28 })),
    { header: h.correct, width: 14 },
    { header: h.topic, width: 28 },
    { header: h.difficulty, width: 14 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const q of questions) {
    sheet.addRow([
      q.text,
      ...h.options.map((_, i) => q.options[i] ?? ''),
      String.fromCharCode(65 + q.correctOption),
      q.topic,
      QUESTION_SHEET.difficultyWords[q.difficulty],
    ]);
  }
  const lastRow = Math.max(questions.length + 1, 500);
  const correctCol = h.options.length + 2;
  const difficultyCol = correctCol + 2;
  for (let r = 2; r <= lastRow; r++) {
    sheet.getCell(r, correctCol).dataValidation = {
      type: 'list',
      allowBlank: false,
      formulae: ['"A,B,C,D,E,F"'],
    };
    sheet.getCell(r, difficultyCol).dataValidation = {
      type: 'list',
      allowBlank: false,
      formulae: [`"${Object.values(QUESTION_SHEET.difficultyWords).join(',')}"`],
    };
  }
  const guide = workbook.addWorksheet('Hướng dẫn');
  guide.columns = [{ width: 100 }];
  [
    'Mỗi dòng của trang "Câu hỏi" là một câu hỏi; dòng 1 là tiêu đề, giữ nguyên tên cột.',
    'Cần ít nhất 2 phương án (A, B); các phương án liền nhau, không để trống ở giữa.',
    'Đáp án đúng: đúng một chữ cái A–F, trỏ tới một phương án có nội dung.',
    `Độ khó: ${Object.values(QUESTION_SHEET.difficultyWords).join(', ')}.`,
    'Không dùng công thức và không gộp ô. Tệp CSV phải lưu dạng "CSV UTF-8".',
    'Chủ đề phải là một trong các chủ đề của cuộc thi:',
    ...topics.map((t) => `  • ${t}`),
  ].forEach((line) => guide.addRow([line]));
  return workbook;
}
