import { combinationRefusal, combineStageTotals, prizeAmount } from './combination';
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
