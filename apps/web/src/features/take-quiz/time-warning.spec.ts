import { timeWarningAt } from './time-warning';

describe('timeWarningAt', () => {
  it('stays silent while more than five minutes are left', () => {
    expect(timeWarningAt(15 * 60)).toBeNull();
    expect(timeWarningAt(301)).toBeNull();
  });

  it('warns at five minutes, then at one minute', () => {
    expect(timeWarningAt(300)).toBe('fiveMinutes');
    expect(timeWarningAt(61)).toBe('fiveMinutes');
    expect(timeWarningAt(60)).toBe('oneMinute');
    expect(timeWarningAt(1)).toBe('oneMinute');
  });

  it('changes exactly twice over a whole countdown, so it is spoken twice', () => {
    const changes: (string | null)[] = [];
    for (let seconds = 20 * 60; seconds >= 0; seconds--) {
      const warning = timeWarningAt(seconds);
      if (warning !== (changes.at(-1) ?? null)) changes.push(warning);
    }
    expect(changes).toEqual(['fiveMinutes', 'oneMinute']);
  });
});
