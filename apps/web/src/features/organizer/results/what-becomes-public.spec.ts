import { FINALISE_POINTS, publishPoints, refinalisePoints } from './what-becomes-public';

describe('what the results confirmations say', () => {
  it('says the full ranking becomes public only when the contest chose so', () => {
    expect(publishPoints(true)).toContain('publishRankingPublic');
    expect(publishPoints(true)).not.toContain('publishRankingPrivate');
    expect(publishPoints(false)).toContain('publishRankingPrivate');
    expect(publishPoints(false)).not.toContain('publishRankingPublic');
  });

  it('always names the public winners and that publishing is final', () => {
    for (const names of [true, false])
      expect(publishPoints(names)).toEqual(expect.arrayContaining(['publishWinners', 'publishFinal']));
  });

  it('says finalising locks the results and shows nothing yet', () => {
    expect(FINALISE_POINTS).toEqual(expect.arrayContaining(['finaliseLocks', 'notYetPublic']));
  });

  it('warns that recomputing a published round changes its public page at once', () => {
    expect(refinalisePoints(true)).toContain('refinalisePublicNow');
    expect(refinalisePoints(false)).toContain('notYetPublic');
    expect(refinalisePoints(false)).not.toContain('refinalisePublicNow');
  });
});
