import type { AggregationMethod } from '@contest/contracts';

/** Dropping the extremes of fewer than 5 scores throws away too much of the panel. */
export const TRIMMED_MEAN_MIN_JUDGES = 5;
/** A judge's mean and spread mean little over fewer than 5 entries. */
export const Z_SCORE_MIN_ENTRIES_PER_JUDGE = 5;

/** One judge's total (sum of their criterion points) for one entry. */
export interface JudgeTotal {
  entryId: number;
  judgeId: number;
  points: number;
}

/**
 * Whether a method may be used for these judge/entry counts; reason codes are stable strings.
 * Pass one count per entry that will be ranked and per judge that scored, so an entry with no
 * judge at all (count 0) refuses the trimmed mean.
 */
export function aggregationAvailability(
  method: AggregationMethod,
  judgesPerEntry: readonly number[],
  entriesPerJudge: readonly number[],
): { allowed: true } | { allowed: false; reason: 'trimmed_needs_judges' | 'z_score_needs_entries' } {
  if (method === 'trimmed_mean' && judgesPerEntry.some((n) => n < TRIMMED_MEAN_MIN_JUDGES))
    return { allowed: false, reason: 'trimmed_needs_judges' };
  if (method === 'z_score' && entriesPerJudge.some((n) => n < Z_SCORE_MIN_ENTRIES_PER_JUDGE))
    return { allowed: false, reason: 'z_score_needs_entries' };
  return { allowed: true };
}

/**
 * Rounds half away from zero to 2 decimals. `toPrecision(15)` first drops the binary noise of
 * x·100 (64.115·100 = 6411.499999999999), which adding Number.EPSILON to x cannot do once
 * x > 2: the epsilon is smaller than the gap between neighbouring doubles there.
 */
export function round2(x: number): number {
  const scaled = Number((Math.abs(x) * 100).toPrecision(15));
  const rounded = (Math.sign(x) * Math.round(scaled)) / 100;
  return rounded + 0; // no -0
}

/**
 * The judges' part of each entry's total, rounded to 2 decimals, on the rubric's scale
 * [0, maxPoints]. Entries with no totals are absent from the map. Expects at most one total per
 * (entry, judge): the caller sums a judge's criterion points first.
 */
export function aggregateJudgeTotals(
  method: AggregationMethod,
  totals: readonly JudgeTotal[],
  maxPoints: number,
): Map<number, number> {
  const raw =
    method === 'z_score'
      ? zScoreTotals(totals, maxPoints)
      : mapValues(
          groupBy(totals, (t) => t.entryId),
          (ts) =>
            method === 'trimmed_mean' ? trimmedMean(ts.map((t) => t.points)) : mean(ts.map((t) => t.points)),
        );
  return mapValues(raw, round2);
}

/**
 * Drops one highest and one lowest total. With fewer than 3 totals nothing would be left to
 * average, so the plain mean is used (aggregationAvailability normally prevents that case).
 */
function trimmedMean(points: readonly number[]): number {
  if (points.length < 3) return mean(points);
  const sorted = [...points].sort((a, b) => a - b);
  return mean(sorted.slice(1, -1));
}

/**
 * Each judge's totals become z-scores against that judge's own mean and spread, so a harsh
 * judge and a lenient one weigh the same; each z is put back on the point scale with the mean
 * and spread of all raw totals, so it still reads as points. Keyed by `${entryId}:${judgeId}`:
 * the ranking page shows each judge's normalised total beside the raw one.
 */
export function normalisedJudgeTotals(totals: readonly JudgeTotal[]): Map<string, number> {
  const all = totals.map((t) => t.points);
  const m = mean(all);
  const s = populationSd(all, m);
  const out = new Map<string, number>();
  for (const judged of groupBy(totals, (t) => t.judgeId).values()) {
    const points = judged.map((t) => t.points);
    const mu = mean(points);
    const sigma = populationSd(points, mu);
    for (const t of judged)
      out.set(`${t.entryId}:${t.judgeId}`, m + (sigma === 0 ? 0 : (t.points - mu) / sigma) * s);
  }
  return out;
}

/** An entry's z-score total: the mean of its judges' normalised totals, within [0, maxPoints]. */
function zScoreTotals(totals: readonly JudgeTotal[], maxPoints: number): Map<number, number> {
  const normalised = normalisedJudgeTotals(totals);
  return mapValues(
    groupBy(totals, (t) => t.entryId),
    (ts) => clamp(mean(ts.map((t) => normalised.get(`${t.entryId}:${t.judgeId}`)!)), 0, maxPoints),
  );
}

function mean(xs: readonly number[]): number {
  let sum = 0;
  for (const x of xs) sum += x;
  return sum / xs.length;
}

function populationSd(xs: readonly number[], mu: number): number {
  let sq = 0;
  for (const x of xs) sq += (x - mu) ** 2;
  return Math.sqrt(sq / xs.length);
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = out.get(k);
    if (group) group.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function mapValues<V, W>(map: ReadonlyMap<number, V>, f: (v: V) => W): Map<number, W> {
  const out = new Map<number, W>();
  for (const [k, v] of map) out.set(k, f(v));
  return out;
}
