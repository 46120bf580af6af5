import { ServerClock, clockOffsetMs } from './server-clock';

describe('clockOffsetMs', () => {
  it('is positive when the server is ahead of the device', () => {
    const receivedAt = Date.parse('2025-05-19T02:59:50.000Z');
    expect(clockOffsetMs('2025-05-19T03:00:00.000Z', receivedAt)).toBe(10_000);
  });

  it('is negative when the device runs fast, and honours the timezone of the server time', () => {
    const receivedAt = Date.parse('2025-05-19T03:01:30.000Z');
    expect(clockOffsetMs('2025-05-19T10:00:00.000+07:00', receivedAt)).toBe(-90_000);
  });

  it('rejects a malformed server time rather than computing NaN', () => {
    expect(() => clockOffsetMs('yesterday', 0)).toThrow('Invalid server time');
  });
});

describe('ServerClock', () => {
  const serverNow = '2025-05-19T03:00:00.000Z';
  const deadline = '2025-05-19T03:15:00.000Z';

  function deviceAt(initial: number) {
    let now = initial;
    return {
      clock: () => now,
      advance: (ms: number) => (now += ms),
      set: (ms: number) => (now = ms),
    };
  }

  it('counts down from the server time even when the device clock is 2 minutes slow', () => {
    const device = deviceAt(Date.parse(serverNow) - 120_000);
    const clock = new ServerClock(serverNow, device.clock(), device.clock);

    expect(clock.now()).toBe(Date.parse(serverNow));
    expect(clock.msUntil(deadline)).toBe(15 * 60_000);

    device.advance(60_000);
    expect(clock.msUntil(deadline)).toBe(14 * 60_000);
  });

  it('recomputes from absolute times, so a long pause (throttled tab, sleep) causes no drift', () => {
    const device = deviceAt(1_000_000);
    const clock = new ServerClock(serverNow, device.clock(), device.clock);

    device.advance(14 * 60_000 + 59_500);
    expect(clock.msUntil(deadline)).toBe(500);

    device.advance(10 * 60_000);
    expect(clock.msUntil(deadline)).toBe(0);
  });

  it('follows a jump of the device clock once a new sample arrives', () => {
    const device = deviceAt(Date.parse(serverNow));
    const clock = new ServerClock(serverNow, device.clock(), device.clock);

    device.set(Date.parse(serverNow) + 3_600_000 + 10_000);
    expect(clock.msUntil(deadline)).toBe(0);

    clock.sync('2025-05-19T03:00:10.000Z', device.clock());
    expect(clock.offsetMs).toBe(-3_600_000);
    expect(clock.msUntil(deadline)).toBe(15 * 60_000 - 10_000);
  });
});
