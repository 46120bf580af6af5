import {
  formatClock,
  formatDateTime,
  formatDecimal,
  formatDong,
  formatFileSize,
  formatTimeOfDay,
  splitDays,
} from './format';

describe('formatClock', () => {
  it('shows minutes and seconds, padded', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(59)).toBe('00:59');
    expect(formatClock(15 * 60)).toBe('15:00');
  });

  it('adds hours from one hour up and never goes negative', () => {
    expect(formatClock(3_600 + 62)).toBe('1:01:02');
    expect(formatClock(-5)).toBe('00:00');
  });
});

describe('splitDays', () => {
  it('separates whole days from the rest', () => {
    expect(splitDays(2 * 86_400 + 3_600 + 1)).toEqual({ days: 2, clock: '1:00:01' });
    expect(splitDays(90)).toEqual({ days: 0, clock: '01:30' });
  });
});

describe('formatDateTime', () => {
  it('shows the time in Vietnam whatever the device time zone', () => {
    const text = formatDateTime('2025-05-19T17:30:00.000Z', 'vi');
    expect(text).toContain('00:30');
    expect(text).toContain('20/05/2025');
  });
});

describe('formatTimeOfDay', () => {
  it('shows hours, minutes and seconds in Vietnam', () => {
    expect(formatTimeOfDay('2025-05-19T01:02:03.000Z', 'vi')).toBe('08:02:03');
    expect(formatTimeOfDay('2025-05-19T17:30:09.000Z', 'en')).toBe('00:30:09');
  });
});

describe('formatDecimal', () => {
  it('keeps at most two decimals with the language’s separator', () => {
    expect(formatDecimal(8.256, 'vi')).toBe('8,26');
    expect(formatDecimal(8.256, 'en')).toBe('8.26');
    expect(formatDecimal(10, 'vi')).toBe('10');
  });
});

describe('formatDong', () => {
  it('groups thousands and shows no decimals', () => {
    expect(formatDong(5_000_000, 'vi').replace(/\s/g, ' ')).toBe('5.000.000 ₫');
    expect(formatDong(5_000_000, 'en')).toBe('₫5,000,000');
  });
});

describe('formatFileSize', () => {
  it('reads a small file in KB, never "0 MB"', () => {
    expect(formatFileSize(21 * 1024, 'vi')).toBe('21 KB');
    expect(formatFileSize(21_500, 'vi')).toBe('21 KB');
    expect(formatFileSize(512, 'vi')).toBe('512 B');
    expect(formatFileSize(0, 'en')).toBe('0 B');
  });

  it('keeps one decimal for megabytes and gigabytes below 100, in the reader’s digits', () => {
    expect(formatFileSize(1_403_602, 'vi')).toBe('1,3 MB');
    expect(formatFileSize(1_403_602, 'en')).toBe('1.3 MB');
    expect(formatFileSize(480 * 1024 * 1024, 'vi')).toBe('480 MB');
    expect(formatFileSize(2.1 * 1024 ** 3, 'en')).toBe('2.1 GB');
  });

  it('moves up a unit rather than printing 1.024 of the one below', () => {
    expect(formatFileSize(1023.7 * 1024, 'en')).toBe('1 MB');
    expect(formatFileSize(1023, 'en')).toBe('1,023 B');
    expect(formatFileSize(1024, 'en')).toBe('1 KB');
  });

  it('shows a dash for an unknown size', () => {
    expect(formatFileSize(null, 'vi')).toBe('—');
    expect(formatFileSize(Number.NaN, 'vi')).toBe('—');
  });
});
