import type { Contest } from '@contest/contracts';

import { contestToSettings, validateContestSettings } from './contest-settings-form';

const contest: Contest = {
  id: 1,
  name: 'Cải cách hành chính 2025',
  year: 2025,
  topics: ['A', 'B'],
  prizeCounts: { first: 1, second: 2, third: 3, encouragement: 10 },
  onePrizePerPerson: true,
  rounds: [],
};

describe('contest settings form', () => {
  it('gives back an unchanged contest as a valid update', () => {
    expect(validateContestSettings(contestToSettings(contest))).toEqual({
      ok: true,
      request: {
        name: contest.name,
        year: 2025,
        topics: ['A', 'B'],
        prizeCounts: contest.prizeCounts,
        onePrizePerPerson: true,
      },
    });
  });

  it('refuses duplicate topics and an empty prize count', () => {
    const form = {
      ...contestToSettings(contest),
      topics: ['A', 'A'],
      prizeCounts: { ...contest.prizeCounts, third: '' as const },
    };
    const result = validateContestSettings(form);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.sort()).toEqual(['prizeCounts', 'topics']);
  });
});
