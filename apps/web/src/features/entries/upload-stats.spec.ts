import { TransferMeter, percentSent, roughTimeLeft, secondsLeft } from './upload-stats';

describe('percentSent', () => {
  it('rounds the percent down, so 100 % means every byte arrived', () => {
    expect(percentSent(999, 1000)).toBe(99);
    expect(percentSent(1000, 1000)).toBe(100);
    expect(percentSent(430, 1000)).toBe(43);
    expect(percentSent(5, 0)).toBe(0);
  });
});

describe('TransferMeter', () => {
  it('knows no speed before a second of progress', () => {
    const meter = new TransferMeter();
    meter.reset(0, 0);
    meter.add(500, 1_000_000);
    expect(meter.bytesPerSecond()).toBeNull();
  });

  it('measures the recent speed, not the average since the start', () => {
    const meter = new TransferMeter(4_000);
    meter.reset(0, 0);
    // 1 MB a second for ten seconds, then 100 kB a second.
    for (let s = 1; s <= 10; s++) meter.add(s * 1000, s * 1_000_000);
    for (let s = 11; s <= 20; s++) meter.add(s * 1000, 10_000_000 + (s - 10) * 100_000);
    expect(meter.bytesPerSecond()).toBeCloseTo(100_000, -3);
  });

  it('starts over after a reset, so a pause does not look like a slow line', () => {
    const meter = new TransferMeter();
    meter.reset(0, 0);
    meter.add(2_000, 2_000_000);
    meter.reset(60_000, 2_000_000);
    meter.add(62_000, 4_000_000);
    expect(meter.bytesPerSecond()).toBe(1_000_000);
  });

  it('forgets what came before when the count goes back (a new upload)', () => {
    const meter = new TransferMeter();
    meter.add(0, 5_000_000);
    meter.add(1_000, 0);
    meter.add(3_000, 2_000_000);
    expect(meter.bytesPerSecond()).toBe(1_000_000);
  });
});

describe('secondsLeft and roughTimeLeft', () => {
  it('divides what is left by the speed', () => {
    expect(secondsLeft(40, 100, 2)).toBe(30);
    expect(secondsLeft(40, 100, null)).toBeNull();
    expect(secondsLeft(40, 100, 0)).toBeNull();
  });

  it('says seconds in fives, then minutes, then hours and minutes', () => {
    expect(roughTimeLeft(0.2)).toEqual({ unit: 'seconds', seconds: 5 });
    expect(roughTimeLeft(41)).toEqual({ unit: 'seconds', seconds: 45 });
    expect(roughTimeLeft(61)).toEqual({ unit: 'minutes', minutes: 1 });
    expect(roughTimeLeft(100)).toEqual({ unit: 'minutes', minutes: 2 });
    expect(roughTimeLeft(89 * 60)).toEqual({ unit: 'minutes', minutes: 89 });
    expect(roughTimeLeft(2 * 3600 + 5 * 60)).toEqual({ unit: 'hours', hours: 2, minutes: 5 });
  });
});
