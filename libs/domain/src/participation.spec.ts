import { addSums, competitionRanks, emptySums, toFigures } from './participation';

describe('participation figures', () => {
  it('divides participants by headcount, and by headcount × rounds over several rounds', () => {
    const week = addSums(emptySums(), {
      headcount: 120,
      participants: 90,
      attempts: 130,
      scoredParticipants: 90,
      scoreSum: 1620,
      fullMarks: 9,
    });
    expect(toFigures(week, 1)).toEqual({
      headcount: 120,
      participants: 90,
      attempts: 130,
      averageScore: 18,
      fullMarksShare: 0.1,
      participationRate: 0.75,
    });
    // Four weeks of 90 out of 120 is still 75 %, not 300 %.
    const contest = emptySums();
    contest.headcount = 120;
    for (let w = 0; w < 4; w++)
      addSums(contest, {
        participants: 90,
        attempts: 130,
        scoredParticipants: 90,
        scoreSum: 1620,
        fullMarks: 9,
      });
    expect(toFigures(contest, 4).participationRate).toBe(0.75);
    expect(toFigures(contest, 4).participants).toBe(360);
  });

  it('has no rate without a headcount and no averages without shown scores', () => {
    const sums = addSums(emptySums(), {
      participants: 5,
      attempts: 5,
      scoredParticipants: 0,
      scoreSum: 0,
      fullMarks: 0,
    });
    const figures = toFigures(sums, 1);
    expect(figures.participationRate).toBeNull();
    expect(figures.averageScore).toBeNull();
    expect(figures.fullMarksShare).toBeNull();
    expect(figures.participants).toBe(5);
  });

  it('ranks best first, equal values sharing a rank, and leaves the valueless unranked', () => {
    const units = [
      { code: 'A', rate: 0.5 },
      { code: 'B', rate: 0.9 },
      { code: 'C', rate: 0.5 },
      { code: 'D', rate: null },
      { code: 'E', rate: 0.2 },
    ];
    const ranks = competitionRanks(units, (u) => u.rate);
    expect(units.map((u) => ranks.get(u) ?? null)).toEqual([2, 1, 2, null, 4]);
  });
});
