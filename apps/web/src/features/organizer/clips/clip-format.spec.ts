import { formatDurationClock, formatFileSize } from './clip-format';

describe('clip format', () => {
  it('writes a duration as a player clock', () => {
    expect(formatDurationClock(6.014)).toBe('0:06');
    expect(formatDurationClock(300)).toBe('5:00');
    expect(formatDurationClock(3725)).toBe('1:02:05');
  });

  it('writes a file size in the unit that reads best, in the reader’s number format', () => {
    expect(formatFileSize(512, 'vi')).toBe('512 B');
    expect(formatFileSize(146_102, 'vi')).toBe('143 KB');
    expect(formatFileSize(1_403_602, 'vi')).toBe('1,34 MB');
    expect(formatFileSize(1_403_602, 'en')).toBe('1.34 MB');
    expect(formatFileSize(8_340_505, 'en')).toBe('7.95 MB');
    expect(formatFileSize(3 * 1024 ** 3, 'en')).toBe('3 GB');
  });
});
