import { attemptDeadline, roundStatus, timeTakenMs } from './timing';

describe('timing', () => {
  const start = new Date('2026-11-22T08:00:00+07:00');

  it('ends an attempt at its limit, or at the round close if that is sooner', () => {
    const farClose = new Date('2026-11-22T20:00:00+07:00');
    expect(attemptDeadline(start, 900, farClose).toISOString()).toBe('2026-11-22T01:15:00.000Z');
    const soonClose = new Date('2026-11-22T08:05:00+07:00');
    expect(attemptDeadline(start, 900, soonClose)).toEqual(soonClose);
  });

  it('tells upcoming, open and closed apart at the edges', () => {
    const opens = new Date('2026-11-22T07:00:00+07:00');
    const closes = new Date('2026-11-29T07:00:00+07:00');
    expect(roundStatus(new Date(opens.getTime() - 1), opens, closes)).toBe('upcoming');
    expect(roundStatus(opens, opens, closes)).toBe('open');
    expect(roundStatus(closes, opens, closes)).toBe('closed');
  });

  it('never counts time past the deadline', () => {
    const deadline = new Date(start.getTime() + 60_000);
    expect(timeTakenMs(start, new Date(start.getTime() + 30_000), deadline)).toBe(30_000);
    expect(timeTakenMs(start, new Date(start.getTime() + 90_000), deadline)).toBe(60_000);
  });
});
