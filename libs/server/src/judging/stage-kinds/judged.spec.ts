import { stageKind, STAGE_KINDS_BY_NAME } from './index';

const at = (iso: string) => new Date(iso);
const track = { closesAt: at('2026-12-10T10:00:00Z') };
const open = { opensAt: null, closesAt: null, lockedAt: null };

describe('a judged stage: when its entries may be scored', () => {
  const judged = STAGE_KINDS_BY_NAME.judged;

  it('opens when the call closes when the stage sets no window of its own', () => {
    expect(judged.workRefusal(open, track, at('2026-12-10T09:59:59Z'))).toEqual({
      code: 'judging_not_started',
      params: { closesAt: track.closesAt },
    });
    expect(judged.workRefusal(open, track, at('2026-12-10T10:00:00Z'))).toBeNull();
  });

  it("waits for an initiative track's units' deadline when it falls after the call's close", () => {
    const units = { ...track, unitsCloseAt: at('2026-12-12T10:00:00Z') };
    expect(judged.workRefusal(open, units, at('2026-12-11T00:00:00Z'))).toEqual({
      code: 'judging_not_started',
      params: { closesAt: units.unitsCloseAt },
    });
    expect(judged.workRefusal(open, units, at('2026-12-12T10:00:00Z'))).toBeNull();
  });

  it('keeps to its own window when it has one', () => {
    const window = { ...open, opensAt: at('2026-12-12T01:00:00Z'), closesAt: at('2026-12-14T10:00:00Z') };
    expect(judged.workRefusal(window, track, at('2026-12-11T00:00:00Z'))?.code).toBe('stage_not_open_yet');
    expect(judged.workRefusal(window, track, at('2026-12-13T00:00:00Z'))).toBeNull();
    expect(judged.workRefusal(window, track, at('2026-12-14T10:00:00Z'))).toEqual({
      code: 'stage_window_closed',
      params: { closesAt: window.closesAt },
    });
  });

  it('takes nothing once locked', () => {
    const locked = { ...open, lockedAt: at('2026-12-11T00:00:00Z') };
    expect(judged.workRefusal(locked, track, at('2026-12-12T00:00:00Z'))?.code).toBe('stage_locked');
  });

  it('is chosen by the name a stage holds, and an unknown name is a loud error', () => {
    expect(stageKind('judged')).toBe(judged);
    expect(() => stageKind('oracle')).toThrow(/unknown stage kind/);
  });
});

describe('a live final: when its sheets may be saved at all', () => {
  const live = STAGE_KINDS_BY_NAME.live_final;

  it('does not wait for the call to close (its teams came through earlier stages), but keeps to its day', () => {
    expect(live.workRefusal(open, track, at('2026-12-01T00:00:00Z'))).toBeNull();
    const day = { ...open, opensAt: at('2026-12-20T01:00:00Z'), closesAt: at('2026-12-20T12:00:00Z') };
    expect(live.workRefusal(day, track, at('2026-12-19T00:00:00Z'))?.code).toBe('stage_not_open_yet');
    expect(live.workRefusal(day, track, at('2026-12-20T12:00:00Z'))?.code).toBe('stage_window_closed');
    expect(
      live.workRefusal({ ...day, lockedAt: at('2026-12-20T05:00:00Z') }, track, at('2026-12-20T06:00:00Z'))
        ?.code,
    ).toBe('stage_locked');
    expect(live.scored).toBe(true);
  });
});
