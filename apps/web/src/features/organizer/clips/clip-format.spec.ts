import { formatDurationClock } from './clip-format';

describe('clip format', () => {
  it('writes a duration as a player clock', () => {
    expect(formatDurationClock(6.014)).toBe('0:06');
    expect(formatDurationClock(300)).toBe('5:00');
    expect(formatDurationClock(3725)).toBe('1:02:05');
  });
});
