import { readBoardParams, withBoardParams } from './board-params';

describe('readBoardParams', () => {
  it('reads a saved projector address', () => {
    expect(
      readBoardParams(new URLSearchParams('projector=1&view=overall&level=commune&contestId=3')),
    ).toEqual({
      contestId: 3,
      view: 'overall',
      level: 'commune',
      projector: true,
    });
  });

  it('ignores values it does not know', () => {
    expect(readBoardParams(new URLSearchParams('projector=yes&view=all&level=planet&contestId=0'))).toEqual({
      contestId: null,
      view: null,
      level: null,
      projector: false,
    });
  });
});

describe('withBoardParams', () => {
  it('changes only what is asked and drops cleared values', () => {
    const next = withBoardParams(new URLSearchParams('level=school&view=current&x=1'), {
      level: null,
      projector: true,
    });
    expect(next.get('level')).toBeNull();
    expect(next.get('view')).toBe('current');
    expect(next.get('projector')).toBe('1');
    expect(next.get('x')).toBe('1');
    expect(withBoardParams(next, { projector: false }).has('projector')).toBe(false);
  });
});
