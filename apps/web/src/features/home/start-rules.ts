import type { CountedAttempt, RoundSummary } from '@contest/contracts';

/** One line of the rules shown before the clock starts. */
export type StartRule =
  | { kind: 'paper'; questions: number; timeLimitSeconds: number }
  | { kind: 'attemptsLeft'; left: number; allowed: number }
  | { kind: 'counted'; counted: CountedAttempt }
  | { kind: 'serverClock' }
  | { kind: 'closesEarly'; closesAt: string }
  | { kind: 'prediction' }
  | { kind: 'scoreAfterClose'; reviewOpensAt: string };

/** Scores of this round stay hidden until every window has closed, and that has not happened yet. */
export const scoresShownLater = (round: RoundSummary, nowMs: number): boolean =>
  round.scoreVisibility === 'after_close' && nowMs < Date.parse(round.reviewOpensAt);

/** What a participant must know before starting an attempt at `nowMs` (server time). */
export function startRules(round: RoundSummary, attemptsUsed: number, nowMs: number): StartRule[] {
  const rules: StartRule[] = [
    { kind: 'paper', questions: round.questionCount, timeLimitSeconds: round.timeLimitSeconds },
    {
      kind: 'attemptsLeft',
      left: Math.max(0, round.attemptsAllowed - attemptsUsed),
      allowed: round.attemptsAllowed,
    },
    { kind: 'counted', counted: round.countedAttempt },
    { kind: 'serverClock' },
  ];
  // An attempt also ends when the round closes, so a late start gets less than the full time.
  if (Date.parse(round.closesAt) - nowMs < round.timeLimitSeconds * 1000) {
    rules.push({ kind: 'closesEarly', closesAt: round.closesAt });
  }
  if (round.predictionEnabled) rules.push({ kind: 'prediction' });
  if (scoresShownLater(round, nowMs))
    rules.push({ kind: 'scoreAfterClose', reviewOpensAt: round.reviewOpensAt });
  return rules;
}
