import {
  combinationRefusal,
  combineStageTotals,
  prizeAmount,
  rankCombined,
  rankUnitsForPrizes,
  trackPlaces,
  sidePrizeWinner,
} from './combination';
import { rankEntries, votePoints } from './entry-ranking';

describe("a track's total from its stages", () => {
  it("reproduces the city's preliminary: likes and shares capped at 30, judges out of 70, 30 + 64.12 = 94.12", () => {
    // Likes and shares counted from the fan page: the leader gets all 30 points, the others in proportion.
    const interaction = votePoints(
      new Map([
        [1, 1840],
        [2, 920],
      ]),
      30,
    );
    expect(interaction.get(1)).toBe(30);
    expect(interaction.get(2)).toBe(15);
    const [leader] = rankEntries(
      [
        { entryId: 1, judgePoints: 64.12, votePoints: 30, submittedAt: new Date(0) },
        { entryId: 2, judgePoints: 66.5, votePoints: 15, submittedAt: new Date(0) },
      ],
      ['judge_points'],
    );
    expect(leader).toMatchObject({ entryId: 1, total: 94.12 });
  });

  it('adds the stage totals (the average of the preliminary + the average of the final)', () => {
    const preliminary = new Map([
      [1, 94.12],
      [2, 81.5],
      [3, 70],
    ]);
    const final = new Map([
      [1, 88.5],
      [2, 91.25],
    ]);
    expect(combineStageTotals([preliminary, final], { kind: 'sum' })).toEqual(
      new Map([
        [1, 182.62],
        [2, 172.75],
      ]),
    );
    expect(combineStageTotals([preliminary, final], { kind: 'final' })).toEqual(final);
    expect(combineStageTotals([preliminary, final], { kind: 'weighted', weights: [40, 60] })).toEqual(
      new Map([
        [1, 90.75],
        [2, 87.35],
      ]),
    );
  });

  it('refuses weights that do not add up to 100, or one weight per stage', () => {
    expect(combinationRefusal({ kind: 'weighted', weights: [40, 50] }, 2)).toBe('combination_weights_sum');
    expect(combinationRefusal({ kind: 'weighted', weights: [100] }, 2)).toBe('combination_weights_count');
    expect(combinationRefusal({ kind: 'weighted', weights: [33.33, 33.33, 33.34] }, 3)).toBeNull();
    expect(() => combineStageTotals([new Map(), new Map()], { kind: 'weighted', weights: [10, 10] })).toThrow(
      'combination_weights_sum',
    );
  });
});

describe('prize amounts', () => {
  it("pays a group its multiple of an individual's prize (a district's 1.5 ×)", () => {
    expect(prizeAmount(3_000_000, false, 1.5)).toBe(3_000_000);
    expect(prizeAmount(3_000_000, true, 1.5)).toBe(4_500_000);
  });
});

describe("a track's order, side prizes and collective prizes", () => {
  const at = (d: number) => new Date(Date.UTC(2026, 10, d));

  it('orders by total, then the stated tie-breaks in their order, then entry id', () => {
    const entries = [
      { entryId: 1, total: 180, stageTotals: [90, 90], submittedAt: at(3) },
      { entryId: 2, total: 180, stageTotals: [85, 95], submittedAt: at(2) },
      { entryId: 3, total: 180, stageTotals: [85, 95], submittedAt: at(1) },
      { entryId: 4, total: 190, stageTotals: [95, 95], submittedAt: at(9) },
    ];
    expect(
      rankCombined(entries, ['last_stage', 'earliest_submission']).map((e) => [e.rank, e.entryId]),
    ).toEqual([
      [1, 4],
      [2, 3],
      [3, 2],
      [4, 1],
    ]);
    expect(rankCombined(entries, ['first_stage']).map((e) => e.entryId)).toEqual([4, 1, 2, 3]);
    expect(rankCombined(entries, []).map((e) => e.entryId)).toEqual([4, 1, 2, 3]);
  });

  it('gives a side prize to the best of its kind, a tie to the better overall place', () => {
    const candidates = [
      { entryId: 1, points: 28, group: true, order: 2 },
      { entryId: 2, points: 28, group: true, order: 1 },
      { entryId: 3, points: 29.5, group: false, order: 3 },
      { entryId: 4, points: 0, group: false, order: 4 },
    ];
    expect(sidePrizeWinner(candidates, 'group')).toBe(2);
    expect(sidePrizeWinner(candidates, 'individual')).toBe(3);
    expect(sidePrizeWinner(candidates.slice(3), 'individual')).toBeNull();
  });

  it('ranks units by entries in judging, then the best place one of them reached, leaving out units with none', () => {
    const ranked = rankUnitsForPrizes([
      { unitId: 5, judged: 2, bestPlace: 4 },
      { unitId: 6, judged: 3, bestPlace: 9 },
      { unitId: 7, judged: 2, bestPlace: 1 },
      { unitId: 8, judged: 0, bestPlace: 0 },
    ]);
    expect(ranked.map((u) => [u.rank, u.unitId])).toEqual([
      [1, 6],
      [2, 7],
      [3, 5],
    ]);
  });

  it('places finalists first, then entries by the furthest stage they reached and their rank there', () => {
    // Three stages: 1 and 2 reached the final; 3 stopped at the second stage; 4 and 5 at the first.
    const places = trackPlaces(
      [2, 1],
      [
        [4, 3, 1, 2, 5],
        [1, 3, 2],
      ],
    );
    expect([...places]).toEqual([
      [2, 1],
      [1, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ]);
  });

  it('pays a group the stated multiple', () => {
    expect(prizeAmount(5_000_000, true, 1.5)).toBe(7_500_000);
    expect(prizeAmount(5_000_000, false, 1.5)).toBe(5_000_000);
  });
});
