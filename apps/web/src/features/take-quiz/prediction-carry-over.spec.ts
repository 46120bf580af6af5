import { previousPrediction } from './prediction-carry-over';

const attempt = { id: 30, roundId: 5 };
const past = (id: number, roundId: number, startedAt: string, prediction: number | null) => ({
  id,
  roundId,
  startedAt,
  prediction,
});

describe('previousPrediction', () => {
  it('offers the prediction of the latest earlier attempt in the same round', () => {
    const history = [
      past(30, 5, '2025-05-21T02:00:00.000Z', null),
      past(21, 5, '2025-05-20T02:00:00.000Z', 1234),
      past(12, 5, '2025-05-19T02:00:00.000Z', 999),
    ];
    expect(previousPrediction(attempt, history)).toBe(1234);
  });

  it('does not depend on the order the history arrives in', () => {
    const history = [
      past(12, 5, '2025-05-19T02:00:00.000Z', 999),
      past(21, 5, '2025-05-20T02:00:00.000Z', 1234),
    ];
    expect(previousPrediction(attempt, history)).toBe(1234);
  });

  it('skips attempts without a prediction, other rounds and the attempt itself', () => {
    const history = [
      past(30, 5, '2025-05-21T02:00:00.000Z', 77),
      past(25, 6, '2025-05-20T05:00:00.000Z', 555),
      past(21, 5, '2025-05-20T02:00:00.000Z', null),
      past(12, 5, '2025-05-19T02:00:00.000Z', 999),
    ];
    expect(previousPrediction(attempt, history)).toBe(999);
  });

  it('offers nothing on a first attempt', () => {
    expect(previousPrediction(attempt, [past(30, 5, '2025-05-21T02:00:00.000Z', null)])).toBeNull();
    expect(previousPrediction(attempt, [])).toBeNull();
  });

  it('keeps a prediction of zero', () => {
    expect(previousPrediction(attempt, [past(12, 5, '2025-05-19T02:00:00.000Z', 0)])).toBe(0);
  });
});
