import { useEffect } from 'react';

import { useMyAttempts } from '../history/use-my-attempts';
import type { ReceivedAttempt } from './attempt-queries';
import { previousPrediction } from './prediction-carry-over';

/**
 * A new attempt starts with the prediction of the participant's previous attempt in the round. It goes
 * through `setPrediction`, so it is autosaved like a typed value and stays editable.
 * Returns whether the prediction shown is the one carried over.
 */
export function usePredictionCarryOver(
  attempt: ReceivedAttempt,
  prediction: number | null,
  setPrediction: (value: number) => void,
): boolean {
  const history = useMyAttempts({ enabled: attempt.predictionPrompt !== null });
  const carried = history.data ? previousPrediction(attempt, history.data.items) : null;

  useEffect(() => {
    if (prediction === null && carried !== null) setPrediction(carried);
  }, [prediction, carried, setPrediction]);

  return carried !== null && carried === prediction;
}
