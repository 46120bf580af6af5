import type { CountedAttempt } from '@contest/contracts';

export interface GradedAttempt {
  attemptId: number;
  userId: number;
  score: number;
  timeTakenMs: number;
  submittedAt: Date;
  prediction: number | null;
}

/**
 * Which attempt counts for a participant: the first submitted, or the best by the ranking
 * order itself (so "best" and the leaderboard never disagree).
 */
export function countedAttempts(
  attempts: readonly GradedAttempt[],
  rule: CountedAttempt,
  trueValue: number | null = null,
): GradedAttempt[] {
  const byUser = new Map<number, GradedAttempt>();
  const compare = rankingComparator(trueValue);
  for (const a of attempts) {
    const held = byUser.get(a.userId);
    if (!held) byUser.set(a.userId, a);
    else if (rule === 'first' ? a.submittedAt < held.submittedAt : compare(a, held) < 0)
      byUser.set(a.userId, a);
  }
  return [...byUser.values()];
}

/**
 * The same rule in SQL, for what ranks while a round runs (the roll-ups, the live dashboard),
 * before the prediction's true value is known: order a person's attempts by this and keep the
 * first row. `attempt` and `round` are the query's aliases of `attempts` and `rounds`. Without a
 * true value the prediction orders nothing, so this is `countedAttempts(…, null)` row for row.
 */
export function countedAttemptOrderSql(attempt: string, round: string): string {
  return (
    `CASE WHEN ${round}.counted_attempt = 'first' THEN ${attempt}.submitted_at END, ` +
    `${attempt}.score DESC, ${attempt}.time_taken_ms, ${attempt}.submitted_at, ${attempt}.id`
  );
}

/**
 * Score desc, then |prediction − true value| asc (no prediction ranks after any), then time
 * taken asc, then submission time asc, then attempt id so the order is total and replayable.
 */
export function rankingComparator(trueValue: number | null) {
  const distance = (p: number | null) =>
    trueValue === null || p === null ? Number.POSITIVE_INFINITY : Math.abs(p - trueValue);
  return (a: GradedAttempt, b: GradedAttempt): number =>
    b.score - a.score ||
    compareNumbers(distance(a.prediction), distance(b.prediction)) ||
    a.timeTakenMs - b.timeTakenMs ||
    a.submittedAt.getTime() - b.submittedAt.getTime() ||
    a.attemptId - b.attemptId;
}

function compareNumbers(a: number, b: number): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

export function rankAttempts(attempts: readonly GradedAttempt[], trueValue: number | null): GradedAttempt[] {
  return [...attempts].sort(rankingComparator(trueValue));
}
