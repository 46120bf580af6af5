import { QUESTION_SHEET } from '@contest/contracts';

import { checkImport, questionKey } from './question-import';
import type { SheetRead } from '../spreadsheets/sheet-reader';

const H = QUESTION_SHEET.headers;
const HEADERS = [H.text, ...H.options, H.correct, H.topic, H.difficulty];
const TOPICS = ['Thủ tục hành chính', 'Chuyển đổi số'];
const row = (
  n: number,
  text: string,
  options: string[],
  key: string,
  topic = TOPICS[0],
  difficulty = 'Dễ',
) => ({
  row: n,
  cells: [text, ...Array.from({ length: 6 }, (_, i) => options[i] ?? ''), key, topic, difficulty],
});
const sheet = (...rows: SheetRead['rows']): SheetRead => ({ headers: HEADERS, rows, problems: [] });

describe('checkImport', () => {
  it('turns clean rows into questions, reading topics and difficulty words loosely', () => {
    const checked = checkImport(
      sheet(row(2, 'Câu một?', ['Có', 'Không', 'Tùy'], 'c', 'thu tuc hanh chinh', 'trung binh')),
      TOPICS,
      new Map(),
    );
    expect(checked.problems).toEqual([]);
    expect(checked.questions).toEqual([
      {
        text: 'Câu một?',
        options: ['Có', 'Không', 'Tùy'],
        correctOption: 2,
        topic: TOPICS[0],
        difficulty: 'medium',
      },
    ]);
  });

  it('reports every problem of every row, and then gives no questions at all', () => {
    const checked = checkImport(
      sheet(
        row(2, 'Câu đúng mẫu?', ['Có', 'Không'], 'A'),
        row(3, '', ['Có', 'Không'], 'A', 'Thiên văn', 'Rất khó'),
        row(4, 'Câu có đáp án trỏ vào ô trống?', ['Có', 'Không'], 'D'),
        row(5, 'Câu có hai đáp án?', ['Có', 'Không'], 'A và B'),
      ),
      TOPICS,
      new Map(),
    );
    expect(checked.questions).toEqual([]);
    expect(checked.problems.map((p) => [p.row, p.column])).toEqual([
      [3, H.text],
      [3, H.topic],
      [3, H.difficulty],
      [4, H.correct],
      [5, H.correct],
    ]);
  });

  it('finds duplicates of the bank and within the file, ignoring case, tone marks and end punctuation', () => {
    const checked = checkImport(
      sheet(row(2, 'Một cửa là gì?', ['A', 'B'], 'A'), row(3, 'MỘT CỬA LÀ GÌ', ['A', 'B'], 'A')),
      TOPICS,
      new Map([[questionKey('Mot cua la gi ?'), 7]]),
    );
    expect(checked.problems.map((p) => p.message)).toEqual([
      'Trùng với câu hỏi #7 đã có trong ngân hàng',
      'Trùng với câu hỏi #7 đã có trong ngân hàng',
    ]);
    const withinFile = checkImport(
      sheet(row(2, 'Một cửa là gì?', ['A', 'B'], 'A'), row(3, 'MỘT CỬA LÀ GÌ', ['A', 'B'], 'A')),
      TOPICS,
      new Map(),
    );
    expect(withinFile.problems).toEqual([
      {
        row: 3,
        column: H.text,
        code: 'duplicate_in_file',
        params: { row: 2 },
        message: 'Trùng với câu hỏi ở dòng 2 của tệp',
      },
    ]);
  });

  it('stops at missing columns, naming them', () => {
    const checked = checkImport(
      { headers: [H.text, H.options[0]], rows: [], problems: [] },
      TOPICS,
      new Map(),
    );
    expect(checked.problems).toHaveLength(1);
    expect(checked.problems[0]).toMatchObject({ row: 1, message: expect.stringContaining(H.correct) });
  });
});
