import { analyseQuestions, type ScoredPaper } from './item-analysis';

/** 100 papers: scores 0…99; question 1 is right for the top half, question 2 for the bottom half. */
function papers(): ScoredPaper[] {
  return Array.from({ length: 100 }, (_, i) => ({
    attemptId: i + 1,
    score: i,
    responses: [
      { questionId: 1, chosen: i >= 50 ? 0 : 1 },
      { questionId: 2, chosen: i < 50 ? 2 : i % 2 === 0 ? 0 : null },
    ],
  }));
}

describe('analyseQuestions', () => {
  const stats = analyseQuestions(
    [
      { id: 1, optionCount: 4, correctOption: 0 },
      { id: 2, optionCount: 3, correctOption: 2 },
      { id: 3, optionCount: 2, correctOption: 1 },
    ],
    papers(),
  );
  const [q1, q2, q3] = stats;

  it('computes facility with blanks counted wrong, and option counts in bank order', () => {
    expect(q1.facility).toBe(0.5);
    expect(q1.optionCounts).toEqual([50, 50, 0, 0]);
    expect(q2.facility).toBe(0.5);
    expect(q2.optionCounts).toEqual([25, 0, 50]);
    expect(q2.shown).toBe(100);
  });

  it('computes discrimination as upper 27% facility minus lower 27% facility', () => {
    expect(q1.discrimination).toBe(1);
    expect(q2.discrimination).toBe(-1);
    expect(q1.flags).toEqual([]);
  });

  it('flags negative discrimination and a distractor chosen more than the key', () => {
    expect(q2.flags).toEqual(['negative_discrimination']);
    const skewed = analyseQuestions(
      [{ id: 9, optionCount: 3, correctOption: 0 }],
      Array.from({ length: 10 }, (_, i) => ({
        attemptId: i,
        score: 5,
        responses: [{ questionId: 9, chosen: i < 3 ? 0 : 1 }],
      })),
    );
    expect(skewed[0].flags).toContain('distractor_beats_key');
    expect(skewed[0].facility).toBeCloseTo(0.3);
  });

  it('leaves discrimination unestimated when too few took the question, and reports unseen questions', () => {
    expect(q3).toMatchObject({
      shown: 0,
      facility: 0,
      discrimination: null,
      optionCounts: [0, 0],
      flags: [],
    });
    const few = analyseQuestions(
      [{ id: 1, optionCount: 2, correctOption: 0 }],
      Array.from({ length: 8 }, (_, i) => ({
        attemptId: i,
        score: i,
        responses: [{ questionId: 1, chosen: 0 }],
      })),
    );
    expect(few[0].discrimination).toBeNull();
  });
});
