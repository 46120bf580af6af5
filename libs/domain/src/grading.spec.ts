import { gradePaper, shownCorrectIndex } from './grading';
import type { PaperItem } from './paper';

describe('gradePaper', () => {
  const paper: PaperItem[] = [
    { questionId: 1, optionOrder: [2, 0, 1, 3] },
    { questionId: 2, optionOrder: [0, 1, 2] },
    { questionId: 3, optionOrder: [1, 0] },
  ];
  const key = new Map([
    [1, 0],
    [2, 2],
    [3, 0],
  ]);
  const correct = (id: number) => key.get(id)!;

  it('maps shown options back through the shuffle before comparing with the key', () => {
    // Question 1's correct bank option 0 is shown at index 1.
    expect(gradePaper(paper, new Map([[0, 1]]), correct)).toBe(1);
    expect(gradePaper(paper, new Map([[0, 0]]), correct)).toBe(0);
  });

  it('counts every right answer and ignores blanks', () => {
    const all = new Map<number, number | null>([
      [0, 1],
      [1, 2],
      [2, 1],
    ]);
    expect(gradePaper(paper, all, correct)).toBe(3);
    expect(gradePaper(paper, new Map([[1, null]]), correct)).toBe(0);
    expect(shownCorrectIndex(paper[0], 0)).toBe(1);
  });
});
