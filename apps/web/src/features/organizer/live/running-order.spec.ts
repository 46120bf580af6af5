import type { LiveTeam } from '@contest/contracts';

import { moveTeam, nextPartSpot, nextTeamSpot, runningOrder, sameOrder } from './running-order';

// Sent out of order on purpose: the running order is `order`, not the array's.
const teams: LiveTeam[] = [
  { entryId: 30, order: 3, title: 'Đội C', unitName: 'Xã C' },
  { entryId: 10, order: 1, title: 'Đội A', unitName: 'Xã A' },
  { entryId: 20, order: 2, title: 'Đội B', unitName: 'Xã B' },
];

describe('nextPartSpot', () => {
  it('starts with the first team’s first part when nobody is on stage', () => {
    expect(nextPartSpot(teams, 3, null)).toEqual({ entryId: 10, part: 0 });
  });

  it('goes through a team’s parts, then to the next team’s first part', () => {
    expect(nextPartSpot(teams, 3, { entryId: 10, part: 0 })).toEqual({ entryId: 10, part: 1 });
    expect(nextPartSpot(teams, 3, { entryId: 10, part: 2 })).toEqual({ entryId: 20, part: 0 });
    expect(nextPartSpot(teams, 1, { entryId: 20, part: 0 })).toEqual({ entryId: 30, part: 0 });
  });

  it('ends after the last team’s last part', () => {
    expect(nextPartSpot(teams, 3, { entryId: 30, part: 2 })).toBeNull();
  });

  it('starts over from the first team when the team on stage left the final', () => {
    expect(nextPartSpot(teams, 3, { entryId: 99, part: 1 })).toEqual({ entryId: 10, part: 0 });
  });

  it('has nowhere to go without parts or teams', () => {
    expect(nextPartSpot(teams, 0, null)).toBeNull();
    expect(nextPartSpot([], 3, null)).toBeNull();
  });
});

describe('nextTeamSpot', () => {
  it('skips the rest of a team’s parts to the next team', () => {
    expect(nextTeamSpot(teams, { entryId: 10, part: 1 })).toEqual({ entryId: 20, part: 0 });
    expect(nextTeamSpot(teams, null)).toEqual({ entryId: 10, part: 0 });
    expect(nextTeamSpot(teams, { entryId: 30, part: 0 })).toBeNull();
  });
});

describe('running order edits', () => {
  it('reads the order and moves a team one place', () => {
    const order = runningOrder(teams);
    expect(order).toEqual([10, 20, 30]);
    expect(moveTeam(order, 2, -1)).toEqual([10, 30, 20]);
    expect(moveTeam(order, 0, -1)).toEqual([10, 20, 30]);
    expect(moveTeam(order, 2, 1)).toEqual([10, 20, 30]);
  });

  it('tells an edited order from the saved one', () => {
    expect(sameOrder([10, 20, 30], [10, 20, 30])).toBe(true);
    expect(sameOrder([10, 30, 20], [10, 20, 30])).toBe(false);
    expect(sameOrder([10, 20], [10, 20, 30])).toBe(false);
  });
});
