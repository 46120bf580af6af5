import { openRound as round } from './round.fixture';
import { scoresShownLater, startRules } from './start-rules';

const monday = Date.parse('2025-05-19T03:00:00.000Z');
const kinds = (rules: { kind: string }[]) => rules.map((rule) => rule.kind);

describe('startRules', () => {
  it('states the paper, the attempts left, which attempt counts and that the clock runs on the server', () => {
    expect(startRules(round, 1, monday)).toEqual([
      { kind: 'paper', questions: 20, timeLimitSeconds: 900 },
      { kind: 'attemptsLeft', left: 1, allowed: 2 },
      { kind: 'counted', counted: 'best' },
      { kind: 'serverClock' },
    ]);
    expect(startRules({ ...round, countedAttempt: 'first' }, 0, monday)).toContainEqual({
      kind: 'counted',
      counted: 'first',
    });
  });

  it('warns when the round closes before the time limit would run out', () => {
    const tenMinutesBeforeClose = Date.parse(round.closesAt) - 600_000;
    expect(startRules(round, 0, tenMinutesBeforeClose)).toContainEqual({
      kind: 'closesEarly',
      closesAt: round.closesAt,
    });
    expect(kinds(startRules(round, 0, monday))).not.toContain('closesEarly');
  });

  it('mentions the prediction question only when the round has one', () => {
    expect(kinds(startRules({ ...round, predictionEnabled: true }, 0, monday))).toContain('prediction');
    expect(kinds(startRules(round, 0, monday))).not.toContain('prediction');
  });

  it('says when scores appear if the round hides them until every window has closed', () => {
    const hidden = {
      ...round,
      scoreVisibility: 'after_close' as const,
      reviewOpensAt: '2025-05-26T04:59:59.000Z',
    };
    expect(startRules(hidden, 0, monday)).toContainEqual({
      kind: 'scoreAfterClose',
      reviewOpensAt: '2025-05-26T04:59:59.000Z',
    });
    expect(kinds(startRules(round, 0, monday))).not.toContain('scoreAfterClose');
  });
});

describe('scoresShownLater', () => {
  const hidden = { ...round, scoreVisibility: 'after_close' as const };

  it('holds until reviews open, then no longer', () => {
    expect(scoresShownLater(hidden, monday)).toBe(true);
    expect(scoresShownLater(hidden, Date.parse(round.reviewOpensAt))).toBe(false);
    expect(scoresShownLater(round, monday)).toBe(false);
  });
});
