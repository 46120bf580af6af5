import { liveTimerAction, liveTimerView, type LiveTimerState } from './live-timer';

const at = (s: number) => new Date(Date.UTC(2026, 11, 20, 2, 0, s));
const part: LiveTimerState = { seconds: 300, startedAt: null, elapsedMs: 0 };

describe("a live final's part timer", () => {
  it('stands still at the full length until started, then ends at a stated time', () => {
    expect(liveTimerView(part, at(0))).toEqual({
      seconds: 300,
      running: false,
      remainingMs: 300_000,
      endsAt: null,
    });
    const running = liveTimerAction(part, 'start', at(0));
    expect(liveTimerView(running, at(10))).toEqual({
      seconds: 300,
      running: true,
      remainingMs: 290_000,
      endsAt: new Date(at(0).getTime() + 300_000),
    });
  });

  it('keeps what ran across a pause and runs on from there', () => {
    const paused = liveTimerAction(liveTimerAction(part, 'start', at(0)), 'pause', at(40));
    expect(paused).toEqual({ seconds: 300, startedAt: null, elapsedMs: 40_000 });
    expect(liveTimerView(paused, at(59)).remainingMs).toBe(260_000);
    const resumed = liveTimerAction(paused, 'start', at(50));
    expect(liveTimerView(resumed, at(55)).remainingMs).toBe(255_000);
    expect(liveTimerView(resumed, at(55)).endsAt).toEqual(new Date(at(50).getTime() + 260_000));
  });

  it('stops at zero and never goes below it', () => {
    const running = liveTimerAction(part, 'start', at(0));
    const late = new Date(at(0).getTime() + 301_000);
    expect(liveTimerView(running, late)).toMatchObject({ running: false, remainingMs: 0, endsAt: null });
    expect(liveTimerAction(running, 'pause', late).elapsedMs).toBe(300_000);
  });

  it('a second start does not restart the clock, and a reset gives the full length back', () => {
    const running = liveTimerAction(part, 'start', at(0));
    expect(liveTimerAction(running, 'start', at(30))).toBe(running);
    expect(liveTimerView(liveTimerAction(running, 'reset', at(30)), at(31)).remainingMs).toBe(300_000);
  });
});
