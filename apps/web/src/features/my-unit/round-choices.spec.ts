import type { CurrentRoundEntry, ReportRound } from '@contest/contracts';

import { chosenRound, roundChoices } from './round-choices';

const DAY = 86_400_000;
const NOW = Date.parse('2026-05-20T03:00:00.000Z');
const at = (days: number) => new Date(NOW + days * DAY).toISOString();

const week = (id: number, weekNumber: number, opensInDays: number): ReportRound => ({
  id,
  weekNumber,
  name: `Tuần ${weekNumber}`,
  opensAt: at(opensInDays),
  closesAt: at(opensInDays + 7),
  questionCount: 20,
  scoresVisible: true,
});

const report = {
  contest: { id: 1, name: 'Cải cách hành chính 2026', year: 2026 },
  // Week 3 is open now, weeks 1-2 are over, week 4 has not opened.
  rounds: [week(11, 1, -16), week(12, 2, -9), week(13, 3, -2), week(14, 4, 5)],
};

const practice = {
  round: {
    id: 20,
    contestId: 2,
    contestName: 'Thi thử',
    name: 'Vòng thi thử',
    weekNumber: 0,
    opensAt: at(-30),
    closesAt: at(-25),
    status: 'closed',
  },
} as unknown as CurrentRoundEntry;

describe('roundChoices', () => {
  it('offers the open week first, then the earlier weeks newest first, never a week not yet open', () => {
    const choices = roundChoices(undefined, report, NOW);
    expect(choices.map((c) => [c.weekNumber, c.open])).toEqual([
      [3, true],
      [2, false],
      [1, false],
    ]);
    expect(choices[0].contestName).toBe('Cải cách hành chính 2026');
  });

  it('adds rounds known only from the current-round answer, once each', () => {
    const thisWeek = {
      round: { ...report.rounds[2], contestId: 1, contestName: 'Cải cách hành chính 2026', status: 'open' },
    } as unknown as CurrentRoundEntry;
    const choices = roundChoices([thisWeek, practice], report, NOW);
    expect(choices.map((c) => c.id)).toEqual([13, 12, 11, 20]);
  });

  it('still offers the current round when the report is not available', () => {
    expect(roundChoices([practice], undefined, NOW).map((c) => c.name)).toEqual(['Vòng thi thử']);
  });
});

describe('chosenRound', () => {
  const choices = roundChoices(undefined, report, NOW);
  it('keeps the choice while it is offered and falls back to the current round', () => {
    expect(chosenRound(choices, 11)?.id).toBe(11);
    expect(chosenRound(choices, 99)?.id).toBe(13);
    expect(chosenRound(choices, null)?.id).toBe(13);
    expect(chosenRound([], null)).toBeUndefined();
  });
});
