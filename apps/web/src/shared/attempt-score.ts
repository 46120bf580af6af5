import type { AttemptResult } from '@contest/contracts';

export type ScoreState =
  | { kind: 'inProgress' }
  | { kind: 'grading' }
  | { kind: 'hidden'; until: string }
  | { kind: 'score'; score: number };

/** What to show in place of an attempt's score: the round may keep scores hidden until it closes. */
export function scoreState(
  attempt: Pick<AttemptResult, 'status' | 'score' | 'scoreHiddenUntil'>,
): ScoreState {
  if (attempt.status === 'in_progress') return { kind: 'inProgress' };
  if (attempt.scoreHiddenUntil !== null) return { kind: 'hidden', until: attempt.scoreHiddenUntil };
  if (attempt.status === 'graded' && attempt.score !== null) return { kind: 'score', score: attempt.score };
  return { kind: 'grading' };
}
