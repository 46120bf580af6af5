import { sharedPassages } from '@contest/domain';

import { highlightedShare, textSegments } from './text-segments';

describe('textSegments', () => {
  it('cuts a text into plain and numbered highlighted runs, in reading order', () => {
    expect(
      textSegments('abcdefghij', [
        [6, 8],
        [1, 3],
      ]),
    ).toEqual([
      { text: 'a', passage: null },
      { text: 'bc', passage: 2 },
      { text: 'def', passage: null },
      { text: 'gh', passage: 1 },
      { text: 'ij', passage: null },
    ]);
  });

  it('keeps the whole text, once, whatever the ranges say', () => {
    const text = 'một hai ba bốn năm';
    const ranges: [number, number][] = [
      [0, 3],
      [2, 7],
      [-5, 1],
      [15, 99],
      [9, 9],
    ];
    const segments = textSegments(text, ranges);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    // Of the ranges starting at 0 the longer is kept; those overlapping it are left out, not nested.
    expect(segments.filter((s) => s.passage !== null).map((s) => [s.passage, s.text])).toEqual([
      [1, 'một'],
      [4, 'năm'],
    ]);
  });

  it('gives a text with no ranges as one plain run, and an empty text as one empty run', () => {
    expect(textSegments('abc', [])).toEqual([{ text: 'abc', passage: null }]);
    expect(textSegments('', [[0, 2]])).toEqual([{ text: '', passage: null }]);
  });

  it('highlights on both sides what the domain found in common, with the same numbers', () => {
    const a = 'Tiếp nhận hồ sơ đất đai qua mạng và trả kết quả tại nhà cho người dân.';
    const b = 'Huyện đã TIẾP NHẬN HỒ SƠ ĐẤT ĐAI QUA MẠNG, trả kết quả tại nhà';
    const passages = sharedPassages(a, b);
    const left = textSegments(
      a,
      passages.map((p) => p.a),
    ).filter((s) => s.passage !== null);
    const right = textSegments(
      b,
      passages.map((p) => p.b),
    ).filter((s) => s.passage !== null);
    expect(left.map((s) => s.passage)).toEqual(right.map((s) => s.passage));
    expect(left[0].text).toBe('Tiếp nhận hồ sơ đất đai qua mạng');
    expect(right[0].text).toBe('TIẾP NHẬN HỒ SƠ ĐẤT ĐAI QUA MẠNG');
  });

  it('measures how much of a text is highlighted', () => {
    expect(highlightedShare(textSegments('abcd', [[0, 1]]))).toBe(0.25);
    expect(highlightedShare(textSegments('', []))).toBe(0);
  });
});
