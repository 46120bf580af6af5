import type { Stage } from '@contest/contracts';

export type ScoredKind = Extract<Stage['kind'], 'judged' | 'live_final'>;

/**
 * Stages whose entries judges score (at their own pace, or in a hall's live final): they have a
 * rubric, assignments and results. The others (units' pre-screening, screening) only hold entries.
 */
export function isScoredKind(kind: Stage['kind']): kind is ScoredKind {
  return kind === 'judged' || kind === 'live_final';
}
