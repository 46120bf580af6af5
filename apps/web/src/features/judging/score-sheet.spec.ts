import type { Criterion } from '@contest/contracts';

import {
  draftFromScores,
  readPoints,
  scoresToSave,
  sheetChanged,
  sheetProblems,
  sheetSum,
} from './score-sheet';

const criteria: Criterion[] = [
  { id: 1, position: 1, name: 'Nội dung', maxPoints: 40, guidance: '', part: null },
  { id: 2, position: 2, name: 'Sáng tạo', maxPoints: 30, guidance: '', part: null },
  { id: 3, position: 3, name: 'Kỹ thuật', maxPoints: 10, guidance: '', part: null },
];
const blank = criteria.map((c) => ({ criterionId: c.id, points: null, comment: null }));

describe('readPoints', () => {
  it('reads a decimal comma or point, an empty field, and refuses what it could misread', () => {
    expect(readPoints('7.5')).toBe(7.5);
    expect(readPoints(' 7,25 ')).toBe(7.25);
    expect(readPoints(',5')).toBe(0.5);
    expect(readPoints('-1')).toBe(-1);
    expect(readPoints('  ')).toBeNull();
    for (const text of ['abc', '1.234,5', '7,2,5', '1e3', '12 5']) expect(readPoints(text)).toBeNaN();
  });

  it('shows saved points with the reader’s decimal mark', () => {
    const saved = [{ criterionId: 1, points: 7.25, comment: null }];
    expect(draftFromScores(criteria, saved, ',')[1]).toEqual({ points: '7,25', comment: '' });
    expect(draftFromScores(criteria, saved)[1].points).toBe('7.25');
  });
});

describe('sheetProblems', () => {
  it('accepts an empty or a partly filled sheet', () => {
    const draft = draftFromScores(criteria, blank);
    expect(sheetProblems(criteria, draft, blank).size).toBe(0);
    expect(sheetProblems(criteria, { ...draft, 1: { points: '40', comment: '' } }, blank).size).toBe(0);
  });

  it('refuses points past the maximum or below zero, off the quarter step, or unreadable', () => {
    const draft = {
      1: { points: '40.25', comment: '' },
      2: { points: '7.3', comment: '' },
      3: { points: '-1', comment: '' },
    };
    expect([...sheetProblems(criteria, draft, blank)]).toEqual([
      [1, 'out_of_range'],
      [2, 'not_a_quarter'],
      [3, 'out_of_range'],
    ]);
    expect(sheetProblems(criteria, { 1: { points: '1..', comment: '' } }, blank).get(1)).toBe('not_a_number');
  });

  it('wants points beside a comment, and will not silently keep a saved score that was emptied', () => {
    const saved = [{ criterionId: 1, points: 20, comment: null }];
    const draft = { 1: { points: '', comment: '' }, 2: { points: '', comment: 'Hay' } };
    const problems = sheetProblems(criteria, draft, saved);
    expect(problems.get(1)).toBe('cannot_clear');
    expect(problems.get(2)).toBe('comment_needs_points');
  });
});

describe('sheetSum', () => {
  it('adds only valid points, and sets apart what is not a number, past the maximum or off the step', () => {
    const draft = {
      1: { points: '20.25', comment: '' },
      2: { points: '0,5', comment: '' },
      3: { points: 'x', comment: '' },
    };
    expect(sheetSum(criteria, draft)).toEqual({ sum: 20.75, scored: 2, invalid: [criteria[2]] });

    const wrong = {
      1: { points: '400', comment: '' },
      2: { points: '7.3', comment: '' },
      3: { points: '-1', comment: '' },
    };
    expect(sheetSum(criteria, wrong)).toEqual({ sum: 0, scored: 0, invalid: criteria });
    expect(sheetSum(criteria, { ...wrong, 2: { points: '30', comment: '' } }).sum).toBe(30);
  });

  it('is 0 with nothing typed, empty fields being neither scored nor invalid', () => {
    expect(sheetSum(criteria, draftFromScores(criteria, blank))).toEqual({ sum: 0, scored: 0, invalid: [] });
  });

  it('never totals past the rubric, whatever is typed', () => {
    const draft = {
      1: { points: '40', comment: '' },
      2: { points: '999', comment: '' },
      3: { points: '10', comment: '' },
    };
    const max = criteria.reduce((total, c) => total + c.maxPoints, 0);
    expect(sheetSum(criteria, draft).sum).toBeLessThanOrEqual(max);
    expect(sheetSum(criteria, draft).sum).toBe(50);
  });
});

describe('scoresToSave', () => {
  it('sends only the criteria with points, comments trimmed or null', () => {
    const draft = {
      1: { points: '12', comment: '  Rõ ràng ' },
      2: { points: '', comment: '' },
      3: { points: '0', comment: ' ' },
    };
    expect(scoresToSave(criteria, draft)).toEqual([
      { criterionId: 1, points: 12, comment: 'Rõ ràng' },
      { criterionId: 3, points: 0, comment: null },
    ]);
  });
});

describe('sheetChanged', () => {
  const saved = [{ criterionId: 1, points: 12, comment: 'Tốt' }];
  it('is false for what the server holds, true once a point or a comment differs', () => {
    const draft = draftFromScores(criteria, saved);
    expect(sheetChanged(criteria, draft, saved)).toBe(false);
    expect(sheetChanged(criteria, { ...draft, 1: { points: '12,00', comment: 'Tốt ' } }, saved)).toBe(false);
    expect(sheetChanged(criteria, { ...draft, 1: { points: '12.25', comment: 'Tốt' } }, saved)).toBe(true);
    expect(sheetChanged(criteria, { ...draft, 2: { points: '', comment: 'mới' } }, saved)).toBe(true);
  });
});
