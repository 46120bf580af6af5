import type { MyAttemptsResponse } from '@contest/contracts';

type PastAttempt = Pick<MyAttemptsResponse['items'][number], 'id' | 'roundId' | 'startedAt' | 'prediction'>;

/**
 * The prediction given in the participant's latest earlier attempt of the same round, to offer as the
 * default of a new attempt; null when there is none.
 */
export function previousPrediction(
  attempt: { id: number; roundId: number },
  history: readonly PastAttempt[],
): number | null {
  const earlier = history
    .filter((past) => past.roundId === attempt.roundId && past.id !== attempt.id && past.prediction !== null)
    .sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
  return earlier[0]?.prediction ?? null;
}
