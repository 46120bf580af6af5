import type ExcelJS from 'exceljs';

/** A cell starting with one of these is run as a formula by Excel, LibreOffice or Google Sheets. */
const FORMULA_SIGN = /^[=+\-@\t\r]/;
/** "-3", "+84", "1.5": a number written as text is harmless, and stays as it was. */
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
/** The mark the writer puts before a formula sign, so the reader can take it away again. */
const TEXT_MARK = "'";

/** Text a spreadsheet would take for a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`). */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_SIGN.test(text) && !PLAIN_NUMBER.test(text.trim());
}

/**
 * A value as every XLSX writer of the server writes it. exceljs stores a string as text, but the
 * streaming writer marks it `t="str"` (a formula's result), and the text is typed into a formula
 * as soon as someone edits the cell, pastes it or saves the file as CSV. So text that starts like
 * a formula gets a leading apostrophe (OWASP's advice for spreadsheet exports); the readers take
 * it away, so an exported sheet imports back to the same names.
 */
export function sheetCell<T extends ExcelJS.CellValue>(value: T): T | string {
  return typeof value === 'string' && looksLikeFormula(value) ? `${TEXT_MARK}${value}` : value;
}

/** Every value of a row through `sheetCell`: what each `addRow` of the server's sheets is given. */
export function sheetRow(values: readonly ExcelJS.CellValue[]): ExcelJS.CellValue[] {
  return values.map(sheetCell);
}

/** A cell read back from a sheet: the apostrophe `sheetCell` put before a formula sign is dropped. */
export function readSheetText(text: string): string {
  return text.startsWith(TEXT_MARK) && looksLikeFormula(text.slice(1)) ? text.slice(1) : text;
}
