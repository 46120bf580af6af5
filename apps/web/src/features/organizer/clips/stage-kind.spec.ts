import { isScoredKind } from './stage-kind';

describe('isScoredKind', () => {
  it('counts judged stages and live finals as scored, and nothing else', () => {
    expect(isScoredKind('judged')).toBe(true);
    expect(isScoredKind('live_final')).toBe(true);
    expect(isScoredKind('screening')).toBe(false);
    expect(isScoredKind('unit_review')).toBe(false);
  });
});
