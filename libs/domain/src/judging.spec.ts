import { aggregateJudgeTotals, aggregationAvailability, type JudgeTotal, round2 } from './judging';

/** rows[judgeId][entryId] = points; a missing cell means the judge did not score that entry. */
function totalsOf(rows: Record<number, Record<number, number>>): JudgeTotal[] {
  return Object.entries(rows).flatMap(([judgeId, byEntry]) =>
    Object.entries(byEntry).map(([entryId, points]) => ({
      entryId: Number(entryId),
      judgeId: Number(judgeId),
      points,
    })),
  );
}

describe('round2', () => {
  it('rounds halves up even where the double sits just below them', () => {
    expect(64.115 * 100).toBeLessThan(6411.5); // the artefact being guarded against
    expect(round2(64.115)).toBe(64.12);
    expect(round2(1.005)).toBe(1.01);
    expect(round2(2.675)).toBe(2.68);
    expect(round2(192.345 / 3)).toBe(64.12);
    expect(round2(64.114)).toBe(64.11);
    expect(round2(30 + 64.12)).toBe(94.12);
  });

  it('is symmetric around zero and never returns -0', () => {
    expect(round2(-1.005)).toBe(-1.01);
    expect(Object.is(round2(-0.001), 0)).toBe(true);
  });
});

describe('aggregationAvailability', () => {
  it('always allows the mean', () => {
    expect(aggregationAvailability('mean', [1], [1])).toEqual({ allowed: true });
  });

  it('allows the trimmed mean only when every entry has at least 5 judges', () => {
    expect(aggregationAvailability('trimmed_mean', [5, 7, 5], [1])).toEqual({ allowed: true });
    expect(aggregationAvailability('trimmed_mean', [5, 4, 6], [30])).toEqual({
      allowed: false,
      reason: 'trimmed_needs_judges',
    });
    expect(aggregationAvailability('trimmed_mean', [5, 0], [30])).toEqual({
      allowed: false,
      reason: 'trimmed_needs_judges',
    });
  });

  it('allows z-scores only when every judge scored at least 5 entries', () => {
    expect(aggregationAvailability('z_score', [1], [5, 9])).toEqual({ allowed: true });
    expect(aggregationAvailability('z_score', [9, 9], [5, 4])).toEqual({
      allowed: false,
      reason: 'z_score_needs_entries',
    });
  });

  it('checks only the condition of the method asked about', () => {
    expect(aggregationAvailability('z_score', [1], [5])).toEqual({ allowed: true });
    expect(aggregationAvailability('trimmed_mean', [5], [1])).toEqual({ allowed: true });
  });
});

describe('aggregateJudgeTotals', () => {
  describe('mean', () => {
    it('averages each entry over its judges and rounds only at the end', () => {
      const totals = totalsOf({ 1: { 10: 64.11, 20: 50 }, 2: { 10: 64.12, 20: 51 }, 3: { 20: 52.5 } });
      const result = aggregateJudgeTotals('mean', totals, 100);
      expect(result.get(10)).toBe(64.12); // (64.11 + 64.12) / 2 = 64.115
      expect(result.get(20)).toBe(51.17); // 153.5 / 3 = 51.1666…
    });

    it('leaves entries without totals out of the map', () => {
      const result = aggregateJudgeTotals('mean', totalsOf({ 1: { 10: 5 } }), 10);
      expect([...result.keys()]).toEqual([10]);
      expect(aggregateJudgeTotals('mean', [], 10).size).toBe(0);
    });
  });

  describe('trimmed_mean', () => {
    it('drops one highest and one lowest total', () => {
      const totals = totalsOf({
        1: { 10: 10 },
        2: { 10: 70 },
        3: { 10: 72 },
        4: { 10: 74 },
        5: { 10: 100 },
      });
      expect(aggregateJudgeTotals('trimmed_mean', totals, 100).get(10)).toBe(72);
      expect(aggregateJudgeTotals('mean', totals, 100).get(10)).toBe(65.2);
    });

    it('drops only one of several equal extremes', () => {
      const totals = totalsOf({ 1: { 10: 90 }, 2: { 10: 90 }, 3: { 10: 60 }, 4: { 10: 60 }, 5: { 10: 75 } });
      // drops one 90 and one 60: (90 + 60 + 75) / 3
      expect(aggregateJudgeTotals('trimmed_mean', totals, 100).get(10)).toBe(75);
      const skewed = totalsOf({ 1: { 10: 90 }, 2: { 10: 90 }, 3: { 10: 90 }, 4: { 10: 60 }, 5: { 10: 61 } });
      expect(aggregateJudgeTotals('trimmed_mean', skewed, 100).get(10)).toBe(80.33); // (90+90+61)/3
    });

    it('keeps the middle one of three (the median)', () => {
      const totals = totalsOf({ 1: { 10: 0 }, 2: { 10: 40 }, 3: { 10: 100 } });
      expect(aggregateJudgeTotals('trimmed_mean', totals, 100).get(10)).toBe(40);
    });

    it('falls back to the plain mean below 3 totals', () => {
      const totals = totalsOf({ 1: { 10: 20, 20: 33 }, 2: { 10: 90 } });
      const result = aggregateJudgeTotals('trimmed_mean', totals, 100);
      expect(result.get(10)).toBe(55);
      expect(result.get(20)).toBe(33);
    });
  });

  describe('z_score', () => {
    /*
     * Judge 1: 60 60 40 40 → μ 50, σ 10 → z  1,  1, −1, −1
     * Judge 2: 90 70 90 70 → μ 80, σ 10 → z  1, −1,  1, −1
     * Judge 3: 35 29 29 27 → μ 30, σ 3  → z 5/3, −1/3, −1/3, −1
     * Entry z: 11/9, −1/9, −1/9, −1.
     * All 12 totals: M = 640/12 = 53.3333, S² = 40036/12 − M² = 4427/9, S = 22.178568…
     * Entry 1: 53.3333 + (11/9)·22.1786 = 80.44; entries 2, 3: 50.87; entry 4: 31.15.
     */
    const panel = totalsOf({
      1: { 1: 60, 2: 60, 3: 40, 4: 40 },
      2: { 1: 90, 2: 70, 3: 90, 4: 70 },
      3: { 1: 35, 2: 29, 3: 29, 4: 27 },
    });

    it('matches the hand-computed values for 3 judges × 4 entries', () => {
      const result = aggregateJudgeTotals('z_score', panel, 100);
      expect(Object.fromEntries(result)).toEqual({ 1: 80.44, 2: 50.87, 3: 50.87, 4: 31.15 });
    });

    it('differs from the plain mean on the same panel', () => {
      expect(Object.fromEntries(aggregateJudgeTotals('mean', panel, 100))).toEqual({
        1: 61.67,
        2: 53,
        3: 53,
        4: 45.67,
      });
    });

    it('gives a harsh judge and a lenient one the same weight', () => {
      // Judge 1 (harsh) scores entries 1–5, judge 2 (lenient) entries 6–10, same relative order.
      const totals = totalsOf({
        1: { 1: 60, 2: 50, 3: 40, 4: 30, 5: 20 },
        2: { 6: 95, 7: 90, 8: 85, 9: 80, 10: 75 },
      });
      const byMean = aggregateJudgeTotals('mean', totals, 100);
      expect(byMean.get(1)).toBeLessThan(byMean.get(10) as number);

      const byZ = aggregateJudgeTotals('z_score', totals, 100);
      expect(byZ.get(1)).toBe(byZ.get(6));
      expect(byZ.get(3)).toBe(byZ.get(8));
      expect(byZ.get(5)).toBe(byZ.get(10));
      expect(byZ.get(1)).toBeGreaterThan(byZ.get(7) as number);
    });

    it('gives the raw totals back when a single judge scored everything', () => {
      const totals = totalsOf({ 1: { 1: 12.5, 2: 40, 3: 71.25, 4: 90 } });
      expect(Object.fromEntries(aggregateJudgeTotals('z_score', totals, 100))).toEqual({
        1: 12.5,
        2: 40,
        3: 71.25,
        4: 90,
      });
    });

    it('treats a judge who gave everyone the same total as neutral (z = 0)', () => {
      // Judge 2 gives 70 to all: its z is 0 everywhere, so only judge 1 separates the entries.
      const totals = totalsOf({
        1: { 1: 60, 2: 40 },
        2: { 1: 70, 2: 70 },
      });
      // Entry z: (1 + 0)/2 = 0.5 and −0.5. All totals 60 40 70 70: M = 60, S² = 600/4, S = 12.2474,
      // so 60 ± 0.5·12.2474.
      const result = aggregateJudgeTotals('z_score', totals, 100);
      expect(Object.fromEntries(result)).toEqual({ 1: 66.12, 2: 53.88 });
    });

    it('puts every entry on the overall mean when all totals are equal', () => {
      const totals = totalsOf({ 1: { 1: 7, 2: 7 }, 2: { 1: 7, 2: 7 } });
      expect(Object.fromEntries(aggregateJudgeTotals('z_score', totals, 10))).toEqual({ 1: 7, 2: 7 });
    });

    it('clamps onto [0, maxPoints]', () => {
      // Judge 1 is harsh and compressed (one 10, three 0), judge 2 generous (100 100 100 99):
      // the z of ±√3 maps outside the scale: 51.125 ± 1.732·48.72.
      const totals = totalsOf({
        1: { 1: 10, 2: 0, 3: 0, 4: 0 },
        2: { 5: 100, 6: 100, 7: 100, 8: 99 },
      });
      const result = aggregateJudgeTotals('z_score', totals, 100);
      expect(result.get(1)).toBe(100);
      expect(result.get(8)).toBe(0);
      for (const v of result.values()) expect(v >= 0 && v <= 100).toBe(true);
    });
  });
});
