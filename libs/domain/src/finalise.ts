import type { CountedAttempt, PrizeCounts, PrizeTier } from '@contest/contracts';

import { allocatePrizes } from './prizes';
import { countedAttempts, rankAttempts, type GradedAttempt } from './ranking';

export interface RankedResult extends GradedAttempt {
  rank: number;
  predictionDistance: number | null;
  prize: PrizeTier | null;
}

export interface RoundOutcome {
  /** Participants whose counted attempt got every question right: the prediction's answer. */
  trueValue: number;
  ranking: RankedResult[];
}

/**
 * A round's final outcome from its graded attempts. The true value does not depend on the
 * prediction (score comes first in "best", and "first" ignores it), so it is computed first and
 * then used to pick and order the counted attempts.
 */
export function finaliseRound(
  attempts: readonly GradedAttempt[],
  rule: CountedAttempt,
  questionCount: number,
  prizes: PrizeCounts,
  alreadyAwarded: ReadonlySet<number> = new Set(),
): RoundOutcome {
  const trueValue = countedAttempts(attempts, rule, null).filter((a) => a.score === questionCount).length;
  const ranked = rankAttempts(countedAttempts(attempts, rule, trueValue), trueValue);
  const awarded = allocatePrizes(ranked, prizes, alreadyAwarded);
  return {
    trueValue,
    ranking: ranked.map((a, i) => ({
      ...a,
      rank: i + 1,
      predictionDistance: a.prediction === null ? null : Math.abs(a.prediction - trueValue),
      prize: awarded[i],
    })),
  };
}
