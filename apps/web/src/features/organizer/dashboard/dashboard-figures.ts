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

/** Bars of the attempts-per-minute chart, each as a share (0…1) of the busiest minute. */
export function perMinuteBars(
  perMinute: DashboardSnapshot['perMinute'],
): { minute: string; count: number; height: number }[] {
  const busiest = Math.max(1, ...perMinute.map((point) => point.count));
  return perMinute.map((point) => ({ ...point, height: point.count / busiest }));
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
