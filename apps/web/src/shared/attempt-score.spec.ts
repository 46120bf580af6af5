import { scoreState } from './attempt-score';

const until = '2025-05-26T04:59:59.000Z';

describe('scoreState', () => {
  it('shows the score of a graded attempt', () => {
    expect(scoreState({ status: 'graded', score: 8, scoreHiddenUntil: null })).toEqual({
      kind: 'score',
      score: 8,
    });
    expect(scoreState({ status: 'graded', score: 0, scoreHiddenUntil: null })).toEqual({
      kind: 'score',
      score: 0,
    });
  });

  it('says when a hidden score will be published instead of showing one', () => {
    expect(scoreState({ status: 'graded', score: null, scoreHiddenUntil: until })).toEqual({
      kind: 'hidden',
      until,
    });
    // Even a score sent by mistake stays hidden while the round says so.
    expect(scoreState({ status: 'graded', score: 8, scoreHiddenUntil: until })).toEqual({
      kind: 'hidden',
      until,
    });
    expect(scoreState({ status: 'submitted', score: null, scoreHiddenUntil: until })).toEqual({
      kind: 'hidden',
      until,
    });
  });

  it('waits for grading, and has nothing to show while the attempt is in progress', () => {
    expect(scoreState({ status: 'submitted', score: null, scoreHiddenUntil: null })).toEqual({
      kind: 'grading',
    });
    expect(scoreState({ status: 'in_progress', score: null, scoreHiddenUntil: null })).toEqual({
      kind: 'inProgress',
    });
  });
});
