import ExcelJS from 'exceljs';

import {
  UNIT_SHEET,
  type ContestComparison,
  type ContestReport,
  type Figures,
  type UnitFigures,
  type UnitReport,
} from '@contest/contracts';

import { sheetRow } from '../spreadsheets/sheet-text';

/** The figure columns every report table ends with, in the order the pages show them. */
const FIGURE_COLUMNS: {
  header: string;
  width: number;
  value: (f: Figures) => number | null;
  format?: string;
}[] = [
  { header: 'Số CBCCVC', width: 12, value: (f) => f.headcount },
  { header: 'Người tham gia', width: 15, value: (f) => f.participants },
  { header: 'Lượt thi', width: 11, value: (f) => f.attempts },
  { header: 'Tỷ lệ tham gia', width: 14, value: (f) => f.participationRate, format: '0.0%' },
  { header: 'Điểm trung bình', width: 15, value: (f) => f.averageScore, format: '0.00' },
  { header: 'Tỷ lệ điểm tuyệt đối', width: 19, value: (f) => f.fullMarksShare, format: '0.0%' },
];

interface Column<T> {
  header: string;
  width: number;
  value: (row: T) => string | number | null;
  format?: string;
}

function addTable<T>(
  book: ExcelJS.Workbook,
  name: string,
  title: string,
  columns: Column<T>[],
  rows: readonly T[],
): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow(sheetRow([title])).font = { bold: true };
  sheet.addRow(sheetRow(columns.map((c) => c.header))).font = { bold: true };
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
    if (c.format) sheet.getColumn(i + 1).numFmt = c.format;
  });
  for (const row of rows) sheet.addRow(sheetRow(columns.map((c) => c.value(row) ?? '')));
}

const figureColumns = <T extends Figures>(): Column<T>[] =>
  FIGURE_COLUMNS.map((c) => ({ ...c, value: (r: T) => c.value(r) }));
const unitCountColumns = <T extends { units: number; participatingUnits: number }>(): Column<T>[] => [
  { header: 'Số đơn vị', width: 11, value: (r) => r.units },
  { header: 'Đơn vị có người tham gia', width: 22, value: (r) => r.participatingUnits },
];
const level = (l: keyof typeof UNIT_SHEET.levelWords) => UNIT_SHEET.levelWords[l];
const unitColumns: Column<UnitFigures>[] = [
  { header: 'Mã đơn vị', width: 14, value: (u) => u.code },
  { header: 'Tên đơn vị', width: 40, value: (u) => u.name },
  { header: 'Cấp', width: 18, value: (u) => level(u.level) },
  { header: 'Đơn vị cấp trên', width: 30, value: (u) => u.parentName },
  ...figureColumns<UnitFigures>(),
  { header: 'Số tuần có người tham gia', width: 22, value: (u) => u.roundsWithParticipants },
  { header: 'Hạng theo tỷ lệ (cùng cấp)', width: 22, value: (u) => u.rankByRate },
  { header: 'Hạng theo điểm (cùng cấp)', width: 22, value: (u) => u.rankByScore },
];

export function contestReportWorkbook(report: ContestReport): { book: ExcelJS.Workbook; name: string } {
  const round = report.rounds.find((r) => r.id === report.roundId);
  const scope = round ? `${round.name}` : 'Cả cuộc thi';
  const book = new ExcelJS.Workbook();
  addTable(
    book,
    'Tổng hợp',
    `${report.contest.name} — ${scope}`,
    [{ header: 'Phạm vi', width: 24, value: () => scope }, ...unitCountColumns(), ...figureColumns()],
    [report.totals],
  );
  addTable(
    book,
    'Theo tuần',
    `${report.contest.name} — theo tuần`,
    [{ header: 'Tuần', width: 8, value: (r) => r.weekNumber }, ...unitCountColumns(), ...figureColumns()],
    report.trend,
  );
  addTable(
    book,
    'Theo cấp',
    `${scope} — theo cấp đơn vị`,
    [{ header: 'Cấp', width: 20, value: (r) => level(r.level) }, ...unitCountColumns(), ...figureColumns()],
    report.byLevel,
  );
  addTable(
    book,
    'Theo đơn vị cấp trên',
    `${scope} — các đơn vị trực thuộc, theo đơn vị cấp trên`,
    [
      { header: 'Mã đơn vị', width: 14, value: (r) => r.code },
      { header: 'Đơn vị cấp trên', width: 40, value: (r) => r.name },
      ...unitCountColumns(),
      ...figureColumns(),
    ],
    report.byParent,
  );
  addTable(
    book,
    'Xếp hạng đơn vị',
    `${scope} — từng đơn vị (gồm đơn vị trực thuộc)`,
    unitColumns,
    report.units,
  );
  if (report.unitsWithoutHeadcount.length)
    addTable(
      book,
      'Không tính (CBCCVC = 0)',
      `${scope} — đơn vị không tính vào số đơn vị vì số CBCCVC bằng 0 hoặc chưa nhập`,
      [
        { header: 'Mã đơn vị', width: 14, value: (u) => u.code },
        { header: 'Tên đơn vị', width: 40, value: (u) => u.name },
        { header: 'Cấp', width: 18, value: (u) => level(u.level) },
        { header: 'Đơn vị cấp trên', width: 30, value: (u) => u.parentName },
        { header: 'Số CBCCVC', width: 12, value: (u) => u.headcount ?? 'chưa nhập' },
        { header: 'Người tham gia', width: 15, value: (u) => u.participants },
      ],
      report.unitsWithoutHeadcount,
    );
  const suffix = round ? `tuan-${round.weekNumber}` : 'ca-cuoc-thi';
  return { book, name: `bao-cao-tham-gia-${report.contest.year}-${suffix}` };
}

export function unitReportWorkbook(report: UnitReport): { book: ExcelJS.Workbook; name: string } {
  const book = new ExcelJS.Workbook();
  addTable(book, 'Cả cuộc thi', `${report.unit.name} — ${report.contest.name}`, unitColumns, [report.total]);
  addTable(
    book,
    'Theo tuần',
    `${report.unit.name} — theo tuần`,
    [{ header: 'Tuần', width: 8, value: (r) => r.weekNumber }, ...unitColumns.slice(4)],
    report.byRound,
  );
  addTable(
    book,
    'Đơn vị trực thuộc',
    `${report.unit.name} — đơn vị trực thuộc`,
    unitColumns,
    report.subUnits,
  );
  return { book, name: `bao-cao-${report.unit.code}-${report.contest.year}` };
}

export function comparisonWorkbook(c: ContestComparison): { book: ExcelJS.Workbook; name: string } {
  const book = new ExcelJS.Workbook();
  const title = `${c.contest.name} so với ${c.earlier.name}`;
  const t = c.totals;
  const summary: [string, number | null, number | null][] = [
    ['Đơn vị có người tham gia', t.current.participatingUnits, t.earlier.participatingUnits],
    ['Lượt người tham gia', t.current.participants, t.earlier.participants],
    ['Lượt thi', t.current.attempts, t.earlier.attempts],
    ['Số tuần', t.current.weeks, t.earlier.weeks],
  ];
  addTable(
    book,
    'Tổng hợp',
    title,
    [
      { header: 'Chỉ tiêu', width: 30, value: (r) => r[0] },
      { header: `${c.contest.name} (${c.contest.year})`, width: 28, value: (r) => r[1] },
      { header: `${c.earlier.name} (${c.earlier.year})`, width: 28, value: (r) => r[2] },
    ],
    summary,
  );
  const week =
    (side: 'current' | 'earlier', key: 'participatingUnits' | 'participants' | 'attempts') =>
    (r: ContestComparison['trend'][number]) =>
      r[side]?.[key] ?? null;
  addTable(
    book,
    'Theo tuần',
    `${title} — theo tuần`,
    [
      { header: 'Tuần', width: 8, value: (r) => r.weekNumber },
      { header: 'Đơn vị (nay)', width: 14, value: week('current', 'participatingUnits') },
      { header: 'Đơn vị (trước)', width: 14, value: week('earlier', 'participatingUnits') },
      { header: 'Người tham gia (nay)', width: 20, value: week('current', 'participants') },
      { header: 'Người tham gia (trước)', width: 20, value: week('earlier', 'participants') },
      { header: 'Lượt thi (nay)', width: 14, value: week('current', 'attempts') },
      { header: 'Lượt thi (trước)', width: 14, value: week('earlier', 'attempts') },
    ],
    c.trend,
  );
  addTable(
    book,
    'Theo đơn vị',
    `${title} — theo đơn vị (cây đơn vị hiện nay)`,
    [
      { header: 'Mã đơn vị', width: 14, value: (u) => u.code },
      { header: 'Tên đơn vị', width: 40, value: (u) => u.name },
      { header: 'Cấp', width: 18, value: (u) => level(u.level) },
      { header: 'Người tham gia (nay)', width: 20, value: (u) => u.current.participants },
      { header: 'Người tham gia (trước)', width: 20, value: (u) => u.earlier.participants },
      { header: 'Tỷ lệ (nay)', width: 12, value: (u) => u.current.participationRate, format: '0.0%' },
      { header: 'Tỷ lệ (trước)', width: 12, value: (u) => u.earlier.participationRate, format: '0.0%' },
    ],
    c.units,
  );
  return { book, name: `so-sanh-${c.contest.year}-${c.earlier.year}` };
}
