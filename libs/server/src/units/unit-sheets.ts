import ExcelJS from 'exceljs';

import { ROSTER_SHEET, UNIT_LEVELS, UNIT_SHEET, type UnitLevel } from '@contest/contracts';

import { sheetRow } from '../spreadsheets/sheet-text';

/** The unit tree template, or the live tree in the same format (so an export can be edited and imported). */
export function unitTreeWorkbook(
  rows: readonly {
    code: string;
    name: string;
    level: UnitLevel;
    parentCode: string | null;
    headcount: number | null;
  }[],
): ExcelJS.Workbook {
  const h = UNIT_SHEET.headers;
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Đơn vị', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: h.code, width: 16 },
    { header: h.name, width: 48 },
    { header: h.level, width: 22 },
    { header: h.parentCode, width: 20 },
    { header: h.headcount, width: 12 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const r of rows)
    sheet.addRow(
      sheetRow([r.code, r.name, UNIT_SHEET.levelWords[r.level], r.parentCode ?? '', r.headcount ?? '']),
    );
  // The level words hold commas, so the list is offered from the guide sheet instead of inline.
  for (let r = 2; r <= Math.max(rows.length + 1, 500); r++)
    sheet.getCell(r, 3).dataValidation = {
      type: 'list',
      allowBlank: false,
      formulae: [`'Hướng dẫn'!$A$9:$A$${8 + UNIT_LEVELS.length}`],
    };
  const guide = book.addWorksheet('Hướng dẫn');
  guide.columns = [{ width: 100 }];
  [
    'Mỗi dòng của trang "Đơn vị" là một đơn vị; dòng 1 là tiêu đề, giữ nguyên tên cột.',
    'Mã đơn vị: duy nhất, gồm chữ, số, dấu chấm, gạch nối, gạch dưới (tối đa 32 ký tự). Mã đã có thì đơn vị được cập nhật.',
    'Mã đơn vị cấp trên: để trống với đơn vị cao nhất; có thể là đơn vị ở dòng khác của tệp hoặc đã có trong hệ thống.',
    'Số CBCCVC: số cán bộ, công chức, viên chức của riêng đơn vị (không gồm đơn vị trực thuộc), cho cuộc thi đang chọn khi nhập.',
    'Đơn vị không có trong tệp được giữ nguyên. Không dùng công thức và không gộp ô. Tệp CSV phải lưu dạng "CSV UTF-8".',
    'Tên có dấu phẩy vẫn đúng trong tệp CSV khi được đặt trong dấu ngoặc kép (Excel tự làm khi lưu CSV).',
    '',
    'Cấp đơn vị (ghi đúng một trong các giá trị sau):',
    ...UNIT_LEVELS.map((l) => UNIT_SHEET.levelWords[l]),
  ].forEach((line) => guide.addRow(sheetRow([line])));
  return book;
}

/** The staff roster template, listing the sub-units a row may name. */
export function rosterWorkbook(subUnits: readonly { code: string; name: string }[]): ExcelJS.Workbook {
  const h = ROSTER_SHEET.headers;
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: h.fullName, width: 30 },
    { header: h.phone, width: 16 },
    { header: h.email, width: 30 },
    { header: h.subUnit, width: 40 },
  ];
  sheet.getRow(1).font = { bold: true };
  const guide = book.addWorksheet('Hướng dẫn');
  guide.columns = [{ width: 24 }, { width: 70 }];
  [
    ['Mỗi dòng là một cán bộ, công chức, viên chức của đơn vị; tệp mới thay toàn bộ danh sách cũ.'],
    ['Cần họ và tên, và số điện thoại hoặc email (không trùng giữa các dòng).'],
    ['Người đăng ký dự thi bằng đúng số điện thoại hoặc email đó được tự động liên kết với dòng của mình.'],
    ['Đơn vị trực thuộc: để trống nếu thuộc chính đơn vị; nếu không, ghi mã hoặc tên một đơn vị dưới đây.'],
    [],
    ['Mã đơn vị', 'Tên đơn vị'],
    ...subUnits.map((u) => [u.code, u.name]),
  ].forEach((line) => guide.addRow(sheetRow(line)));
  return book;
}
