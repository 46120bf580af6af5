import { attemptViewSchema } from '@contest/contracts';

import type { RoundSnapshot, SnapshotQuestion } from '../rounds/round-snapshot';
import { attemptViewJson, shownPaper } from './attempt-paper';

const question = (id: number, text: string, options: string[]): SnapshotQuestion => ({
  id,
  topic: 't',
  text,
  options,
  correct: 0,
  retired: false,
});

// Texts that JSON must escape or that are more than one UTF-8 byte per character.
const snapshot = {
  questions: [
    question(7, 'Luật Cán bộ, công chức năm 2008 có hiệu lực từ "ngày nào"?', [
      '1/1/2010',
      'Ngày 13/11',
      'C:\\thư mục',
      '😀 emoji',
    ]),
    question(9, 'Dòng\nmới\tvà ký tự \u2028 lạ </script>', ['Có', 'Không']),
  ],
} as unknown as RoundSnapshot;

const head = {
  id: 41,
  roundId: 3,
  status: 'in_progress' as const,
  startedAt: '2026-12-06T08:00:00.000Z',
  deadline: '2026-12-06T08:20:00.000Z',
  serverNow: '2026-12-06T08:00:01.000Z',
  answers: [{ position: 1, option: 0 }],
  prediction: null,
  predictionPrompt: 'Bao nhiêu người "trả lời đúng"?',
};

describe('attemptViewJson', () => {
  it('is the JSON of the view with shownPaper as its questions, whatever the texts hold', () => {
    const paper = [
      { q: 9, o: [1, 0] },
      { q: 7, o: [3, 0, 2, 1] },
    ];
    const body = attemptViewJson(head, paper, snapshot);
    const parsed = JSON.parse(body);
    expect(parsed).toEqual({ ...head, questions: shownPaper(paper, snapshot) });
    expect(parsed.questions[1].options).toEqual(['😀 emoji', '1/1/2010', 'C:\\thư mục', 'Ngày 13/11']);
    expect(attemptViewSchema.safeParse(parsed).success).toBe(true);
  });

  it('sends an empty paper as an empty list', () => {
    expect(JSON.parse(attemptViewJson(head, [], snapshot)).questions).toEqual([]);
  });
});
