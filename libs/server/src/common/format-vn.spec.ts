import { formatVn, formatVnSeconds } from './format-vn';

describe('times as people in Vietnam read them', () => {
  it('writes the date first and the clock in Vietnam, as the pages do', () => {
    const at = new Date('2026-12-06T12:15:09Z');
    expect(formatVn(at)).toBe('06/12/2026 19:15');
    expect(formatVnSeconds(at)).toBe('06/12/2026 19:15:09');
    // Past midnight in Vietnam while still the day before in UTC.
    expect(formatVn('2026-12-31T17:30:00Z')).toBe('01/01/2027 00:30');
  });
});
