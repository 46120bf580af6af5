import type { DashboardSnapshot } from '@contest/contracts';

/** Graded among the attempts handed in; null before anything was handed in. */
export function gradingProgress(attempts: DashboardSnapshot['attempts']): {
  done: number;
  total: number;
  ratio: number | null;
} {
  const total = attempts.submitted + attempts.graded;
  return { done: attempts.graded, total, ratio: total === 0 ? null : attempts.graded / total };
}

const MINUTE_MS = 60_000;

/**
 * The per-minute chart's bars, oldest first, with the quiet minutes between two starts drawn as zero
 * (the snapshot may leave them out) so the time axis is even; `label` words each minute ("08:01").
 */
export function perMinuteChartData(
  perMinute: DashboardSnapshot['perMinute'],
  label: (iso: string) => string,
): { minute: string; label: string; count: number }[] {
  const counts = new Map<number, number>();
  for (const point of perMinute) {
    const at = Math.floor(Date.parse(point.minute) / MINUTE_MS) * MINUTE_MS;
    counts.set(at, (counts.get(at) ?? 0) + point.count);
  }
  if (counts.size === 0) return [];
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  const bars = [];
  for (let at = first; at <= last; at += MINUTE_MS) {
    const minute = new Date(at).toISOString();
    bars.push({ minute, label: label(minute), count: counts.get(at) ?? 0 });
  }
  return bars;
}

export interface TopUnitBar {
  unitId: number;
  name: string;
  participants: number;
  headcount: number;
  /** Percentage with one decimal; null without a headcount (no bar drawn). */
  rate: number | null;
}

/** The top units as the chart draws them, in the snapshot's order (the most active first). */
export function topUnitBars(units: DashboardSnapshot['topUnits']): TopUnitBar[] {
  return units.map((unit) => {
    const rate = unitRate(unit);
    return { ...unit, rate: rate === null ? null : Math.round(rate * 1000) / 10 };
  });
}

/** Participants ÷ headcount, or null when the unit has no headcount on record. */
export const unitRate = (unit: { participants: number; headcount: number }): number | null =>
  unit.headcount > 0 ? unit.participants / unit.headcount : null;

/** The snapshot to keep: a push never gives way to an older one (a slow GET answering after it). */
export function newerSnapshot(
  current: DashboardSnapshot | undefined,
  incoming: DashboardSnapshot,
): DashboardSnapshot {
  if (!current || current.roundId !== incoming.roundId) return incoming;
  return Date.parse(incoming.at) >= Date.parse(current.at) ? incoming : current;
}
