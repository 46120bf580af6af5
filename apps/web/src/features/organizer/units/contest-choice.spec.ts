import type { Contest, RoundAdmin } from '@contest/contracts';

import { chosenContestId, defaultContestId, nameHasYear } from './contest-choice';

const round = (opensAt: string, status: RoundAdmin['status']) => ({ opensAt, status }) as RoundAdmin;
const contest = (id: number, rounds: RoundAdmin[]) => ({ id, rounds }) as Contest;

const now = Date.parse('2026-06-10T03:00:00Z');
const past = contest(1, [round('2026-03-01T01:00:00Z', 'closed')]);
const recent = contest(2, [
  round('2026-06-01T01:00:00Z', 'closed'),
  round('2026-06-15T01:00:00Z', 'upcoming'),
]);
const running = contest(3, [round('2026-05-01T01:00:00Z', 'open')]);
const planned = contest(4, [round('2027-01-01T01:00:00Z', 'upcoming')]);

describe('defaultContestId', () => {
  it('prefers the contest with a round open now', () => {
    expect(defaultContestId([past, recent, running], now)).toBe(3);
  });

  it('else the contest whose latest round opened most recently, not one still to come', () => {
    expect(defaultContestId([planned, past, recent], now)).toBe(2);
  });

  it('else the first contest, and none without contests', () => {
    expect(defaultContestId([planned, contest(5, [])], now)).toBe(4);
    expect(defaultContestId([], now)).toBeNull();
  });
});

describe('chosenContestId', () => {
  it('keeps the contest named in the address, and ignores one that is not listed', () => {
    expect(chosenContestId([past, recent], '1', now)).toBe(1);
    expect(chosenContestId([past, recent], '99', now)).toBe(2);
    expect(chosenContestId([past, recent], 'abc', now)).toBe(2);
  });
});

describe('nameHasYear', () => {
  it('sees the year in "… năm 2026" and not in a name without it', () => {
    expect(nameHasYear({ name: 'Cuộc thi cải cách hành chính năm 2026', year: 2026 })).toBe(true);
    expect(nameHasYear({ name: 'Cuộc thi cải cách hành chính', year: 2026 })).toBe(false);
  });
});
