import type { ImportProblem } from '@contest/contracts';

import {
  acceptOf,
  extensionsText,
  importFormatOf,
  importStage,
  importTestIds,
  problemsByRow,
} from './spreadsheet-import';

const problem = (row: number, column: string | null, code = 'required'): ImportProblem => ({
  row,
  column,
  code,
  message: `${code} ${row}`,
});

describe('importFormatOf', () => {
  it('reads the format from the extension, whatever its case', () => {
    expect(importFormatOf('cau-hoi.xlsx')).toBe('xlsx');
    expect(importFormatOf('CAU HOI.CSV')).toBe('csv');
  });

  it('refuses other files', () => {
    expect(importFormatOf('cau-hoi.xls')).toBeNull();
    expect(importFormatOf('xlsx')).toBeNull();
    expect(importFormatOf('notes.docx')).toBeNull();
  });

  it('takes only the formats the import accepts', () => {
    expect(importFormatOf('so-sang-kien.csv', ['xlsx'])).toBeNull();
    expect(importFormatOf('so-sang-kien.XLSX', ['xlsx'])).toBe('xlsx');
  });
});

describe('acceptOf and extensionsText', () => {
  it('name the accepted extensions for the input and for a sentence', () => {
    expect(acceptOf(['xlsx', 'csv'])).toBe('.xlsx,.csv');
    expect(extensionsText(['xlsx', 'csv'], 'en')).toBe('.xlsx or .csv');
    expect(extensionsText(['xlsx', 'csv'], 'vi')).toBe('.xlsx hoặc .csv');
    expect(extensionsText(['xlsx'], 'vi')).toBe('.xlsx');
  });
});

describe('importStage', () => {
  it('blocks on problems whether checked or not, and tells a clean check from a done import', () => {
    expect(importStage({ ok: false, dryRun: true })).toBe('blocked');
    expect(importStage({ ok: false, dryRun: false })).toBe('blocked');
    expect(importStage({ ok: true, dryRun: true })).toBe('checked');
    expect(importStage({ ok: true, dryRun: false })).toBe('applied');
  });
});

describe('problemsByRow', () => {
  it('gathers a row’s problems in the order found, rows ascending, the whole file first', () => {
    const late = problem(3, 'Mã đơn vị', 'duplicate');
    const grouped = problemsByRow([
      problem(3, 'Tên đơn vị'),
      problem(7, 'Cấp'),
      problem(0, null, 'no_rows'),
      late,
    ]);
    expect(grouped.map((group) => group.row)).toEqual([0, 3, 7]);
    expect(grouped[1].problems.map((p) => p.column)).toEqual(['Tên đơn vị', 'Mã đơn vị']);
    expect(grouped[1].problems[1]).toBe(late);
  });

  it('has nothing to show for a clean file', () => {
    expect(problemsByRow([])).toEqual([]);
  });
});

describe('importTestIds', () => {
  it('derives every id from the prefix, except those kept from before', () => {
    const ids = importTestIds('roster', { done: 'roster-imported' });
    expect(ids.file).toBe('roster-file');
    expect(ids.report).toBe('roster-report');
    expect(ids.confirm).toBe('roster-confirm');
    expect(ids.done).toBe('roster-imported');
  });
});
