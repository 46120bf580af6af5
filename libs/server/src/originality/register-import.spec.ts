import type { SheetRead } from '../spreadsheets/sheet-reader';
import { checkRegisterImport, registerKey } from './register-import';

const headers = ['Tên sáng kiến', 'Nội dung tóm tắt', 'Đơn vị áp dụng', 'Năm áp dụng'];
const sheet = (...rows: string[][]): SheetRead => ({
  headers,
  rows: rows.map((cells, i) => ({ row: i + 2, cells })),
  problems: [],
});

describe('the register import: checked whole', () => {
  it('adds every clean row, folded for the trigram index', () => {
    const { rows, problems } = checkRegisterImport(
      sheet(
        ['Một cửa  điện tử', 'Nhận hồ sơ qua mạng', 'UBND xã Tân Lập', '2021'],
        ['Số hóa hồ sơ', '', '', ''],
      ),
      new Map(),
      2026,
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.title, r.year, r.foldedTitle])).toEqual([
      ['Một cửa điện tử', 2021, 'mot cua dien tu'],
      ['Số hóa hồ sơ', null, 'so hoa ho so'],
    ]);
  });

  it('reports every bad row and adds none: no title, a bad year, a repeat in the file, one already known', () => {
    const known = new Map([[registerKey('so hoa ho so', 'Sở Nội vụ'), 7]]);
    const { rows, problems } = checkRegisterImport(
      sheet(
        ['', 'tóm tắt', '', '2020'],
        ['Một cửa', '', 'UBND xã A', '20x1'],
        ['Một cửa', '', 'UBND xã A', '2022'],
        ['Một  cửa', '', 'UBND XÃ A', '2035'],
        ['SỐ HÓA hồ sơ', '', 'Sở Nội Vụ', ''],
      ),
      known,
      2026,
    );
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'register_title_missing'],
      [3, 'register_year_invalid'],
      [4, 'register_duplicate_in_file'],
      [5, 'register_year_invalid'],
      [5, 'register_duplicate_in_file'],
      [6, 'register_duplicate_known'],
    ]);
    expect(problems[2].message).toBe('Trùng với sáng kiến ở dòng 3 của tệp');
  });

  it('names the missing columns and reads no row', () => {
    const { problems } = checkRegisterImport(
      { headers: ['Tên'], rows: [{ row: 2, cells: ['x'] }], problems: [] },
      new Map(),
    );
    expect(problems.map((p) => p.code)).toEqual(['missing_columns']);
  });
});
