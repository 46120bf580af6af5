import { refreshPlanFor } from './unit-live';

describe('refreshPlanFor', () => {
  it('refetches the rounds a colleague started or finished an attempt in', () => {
    expect(refreshPlanFor({ unitId: 7, roundIds: [13] })).toEqual({ peopleRounds: [13], roster: false });
  });

  it('refetches every list and the roster when the push names no round', () => {
    expect(refreshPlanFor({ unitId: 7, roundIds: [] })).toEqual({ peopleRounds: 'all', roster: true });
  });

  it('ignores a payload of the wrong shape', () => {
    expect(refreshPlanFor({ unitId: '7' })).toBeNull();
    expect(refreshPlanFor({ unitId: 7 })).toBeNull();
    expect(refreshPlanFor(undefined)).toBeNull();
  });
});
