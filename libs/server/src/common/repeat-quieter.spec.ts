import { repeatQuieter } from './repeat-quieter';

describe('repeatQuieter', () => {
  afterEach(() => jest.useRealTimers());

  it('writes the first of a burst, then one line per interval saying how many it left out', () => {
    jest.useFakeTimers({ now: 0 });
    const lines: string[] = [];
    const warn = repeatQuieter((m) => lines.push(m), 10_000);
    for (let i = 0; i < 30; i++) warn('connection error: ECONNREFUSED');
    expect(lines).toEqual(['connection error: ECONNREFUSED']);
    jest.setSystemTime(10_000);
    warn('connection error: ECONNREFUSED');
    expect(lines).toEqual([
      'connection error: ECONNREFUSED',
      'connection error: ECONNREFUSED (and 29 more like it)',
    ]);
    jest.setSystemTime(30_000);
    warn('connection error: ETIMEDOUT');
    expect(lines[2]).toBe('connection error: ETIMEDOUT');
  });
});
