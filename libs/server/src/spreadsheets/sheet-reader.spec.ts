import ExcelJS from 'exceljs';

import { readCsv, readXlsx, zipUnpackedBytes } from './sheet-reader';

async function workbook(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Câu hỏi');
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('reading question sheets', () => {
  it('measures what an .xlsx unpacks to, and refuses one that unpacks past the limit', async () => {
    const file = await workbook([['Câu hỏi'], ['x'.repeat(20_000)]]);
    const unpacked = zipUnpackedBytes(file)!;
    expect(unpacked).toBeGreaterThan(20_000);
    expect(unpacked).toBeGreaterThan(file.length);
    expect((await readXlsx(file)).rows).toHaveLength(1);
    const refused = await readXlsx(file, 10_000);
    expect(refused.rows).toEqual([]);
    expect(refused.problems[0].message).toContain('quá lớn khi giải nén');
  });

  it('leaves a file that is not a zip to the reader, which reports it unreadable', async () => {
    expect(zipUnpackedBytes(Buffer.from('not a zip at all, just text'))).toBeNull();
    expect((await readXlsx(Buffer.from('not a zip'))).problems[0].message).toContain('Không đọc được');
  });

  it('reads CSV with a BOM and semicolons, and refuses other encodings', () => {
    const read = readCsv(Buffer.from('\ufeffCâu hỏi;Phương án A\r\nMột;Hai\r\n'));
    expect(read.headers).toEqual(['Câu hỏi', 'Phương án A']);
    expect(read.rows).toEqual([{ row: 2, cells: ['Một', 'Hai'] }]);
    expect(readCsv(Buffer.from([0x43, 0xe2, 0x75])).problems[0].message).toContain('UTF-8');
    const utf16 = Buffer.from('\ufeffNội dung câu hỏi,Chủ đề\n', 'utf16le');
    expect(readCsv(utf16).problems[0].message).toContain('UTF-16');
    expect(readCsv(Buffer.from('Noi dung,Chu de\n', 'utf16le')).problems[0].message).toContain('UTF-16');
    const lateNul = Buffer.concat([Buffer.from('a,b\n'.repeat(2000)), Buffer.from('c\u0000d,e\n')]);
    expect(readCsv(lateNul).problems[0].code).toBe('bad_character');
  });
});
