import ExcelJS from 'exceljs';

import type { TrackResults } from '@contest/contracts';

import { formatVn } from '../common/format-vn';
import { sheetRow } from '../spreadsheets/sheet-text';

/**
 * The winners as the finance office pays them: every ranked entry with its stage totals, total,
 * prize and amount (a group's already multiplied); the side prizes; the units' collective prizes.
 */
export function winnersWorkbook(results: TrackResults): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const state = results.publishedAt
    ? `Đã công bố lúc ${formatVn(new Date(results.publishedAt))}`
    : 'Xem trước (chưa công bố)';

  const main = book.addWorksheet('Giải thưởng', { views: [{ state: 'frozen', ySplit: 2 }] });
  main.addRow(sheetRow([`${results.trackTitle} — ${state}`])).font = { bold: true };
  main.addRow(
    sheetRow([
      'Hạng',
      'Bài dự thi',
      'Đơn vị',
      'Tác giả',
      'Cá nhân / nhóm',
      ...results.stages.map((s) => `Điểm ${s.name}`),
      'Tổng điểm',
      'Giải',
      'Tiền thưởng (đồng)',
    ]),
  ).font = { bold: true };
  for (const s of results.standings)
    main.addRow(
      sheetRow([
        s.rank,
        s.title,
        s.unitName,
        s.authors.join(', '),
        s.group ? 'Nhóm' : 'Cá nhân',
        ...s.stageTotals.map((t) => t.total),
        s.total,
        s.prize?.label ?? '',
        s.prize?.amount ?? '',
      ]),
    );

  const side = book.addWorksheet('Giải phụ');
  side.addRow(
    sheetRow([
      'Bài điểm cao nhất cùng loại ở vòng, phần thi đó; bằng điểm thì bài xếp hạng chung cuộc cao hơn.',
    ]),
  );
  side.addRow(
    sheetRow(['Giải', 'Vòng', 'Phần thi', 'Dành cho', 'Bài dự thi', 'Đơn vị', 'Điểm', 'Tiền thưởng (đồng)']),
  ).font = { bold: true };
  for (const s of results.sidePrizes)
    side.addRow(
      sheetRow([
        s.label,
        s.stageName,
        s.partName ?? 'Cả vòng',
        s.for === 'group' ? 'Nhóm' : 'Cá nhân',
        s.title ?? 'Không có bài đủ điều kiện',
        s.unitName ?? '',
        s.points ?? '',
        s.entryId ? s.amount : '',
      ]),
    );

  const sheets = [main, side];
  // Only a track that gives unit prizes has their sheet.
  if (results.rules.units.length === 0) {
    for (const sheet of sheets) sheet.columns.forEach((c) => (c.width = 18));
    return book;
  }
  const units = book.addWorksheet('Giải tập thể');
  units.addRow(
    sheetRow([
      'Hạng',
      'Đơn vị',
      'Số bài vào vòng chấm',
      'Bài xếp cao nhất (thứ)',
      'Giải',
      'Tiền thưởng (đồng)',
    ]),
  ).font = { bold: true };
  for (const u of results.units)
    units.addRow(
      sheetRow([u.rank, u.unitName, u.judged, u.bestPlace, u.prize?.label ?? '', u.prize?.amount ?? '']),
    );
  for (const sheet of [...sheets, units]) sheet.columns.forEach((c) => (c.width = 18));
  return book;
}
