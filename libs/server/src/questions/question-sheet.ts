import ExcelJS from 'exceljs';

import { QUESTION_SHEET } from '@contest/contracts';

import { sheetRow } from '../spreadsheets/sheet-text';

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
    sheet.addRow(
      sheetRow([
        q.text,
        ...h.options.map((_, i) => q.options[i] ?? ''),
        String.fromCharCode(65 + q.correctOption),
        q.topic,
        QUESTION_SHEET.difficultyWords[q.difficulty],
      ]),
    );
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
  ].forEach((line) => guide.addRow(sheetRow([line])));
  return workbook;
}
