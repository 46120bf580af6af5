import type { Contest, RoundAdmin } from '@contest/contracts';

import { findRound } from './find-round';

const round = (id: number) => ({ id }) as RoundAdmin;
const contest = (id: number, roundIds: number[]) => ({ id, rounds: roundIds.map(round) }) as Contest;

describe('findRound', () => {
  it('finds a round and its contest, or nothing', () => {
    const contests = [contest(1, [10, 11]), contest(2, [20])];
    expect(findRound(contests, 20)).toEqual({ contest: contests[1], round: contests[1].rounds[0] });
    expect(findRound(contests, 99)).toBeNull();
  });
});
