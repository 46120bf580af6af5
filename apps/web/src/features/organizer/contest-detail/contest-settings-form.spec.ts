import type { Contest } from '@contest/contracts';

import { contestToSettings, validateContestSettings } from './contest-settings-form';

const contest: Contest = {
  id: 1,
  name: 'Cải cách hành chính 2025',
  year: 2025,
  topics: ['A', 'B'],
  prizeCounts: { first: 1, second: 2, third: 3, encouragement: 10 },
  onePrizePerPerson: true,
  unitAdminsCompete: false,
  publicRankingNames: true,
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
        unitAdminsCompete: false,
        publicRankingNames: true,
      },
    });
  });

  it('sends who competes and what is public as the organizer switched them', () => {
    const form = { ...contestToSettings(contest), unitAdminsCompete: true, publicRankingNames: false };
    const result = validateContestSettings(form);
    expect(result.ok && result.request).toMatchObject({ unitAdminsCompete: true, publicRankingNames: false });
  });

  it('keeps a topic whose name holds a comma as one topic', () => {
    const topics = ['Chính phủ điện tử, chính phủ số', 'B'];
    const result = validateContestSettings(contestToSettings({ ...contest, topics }));
    expect(result.ok && result.request.topics).toEqual(topics);
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
