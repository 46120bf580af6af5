import { acceptFor, checkVideoFile, fileExtension, formatList } from './file-check';
import { BYTES_PER_MB } from './upload-stats';

const limits = { formats: ['mp4', 'mov'] as ('mp4' | 'mov')[], maxMegabytes: 500, maxDurationSeconds: 300 };

describe('fileExtension', () => {
  it('reads the last extension, lower-cased, as the server does', () => {
    expect(fileExtension('Clip đơn vị.MP4')).toBe('mp4');
    expect(fileExtension('a.b.mov')).toBe('mov');
    expect(fileExtension('no-extension')).toBe('');
    expect(fileExtension('weird.toolong')).toBe('');
  });
});

describe('checkVideoFile', () => {
  it('accepts a file within every limit', () => {
    expect(checkVideoFile({ name: 'x.mp4', size: 10 * BYTES_PER_MB }, limits, 120)).toBeNull();
  });

  it('refuses a format the track does not take, naming the accepted ones', () => {
    expect(checkVideoFile({ name: 'x.avi', size: 100 }, limits)).toEqual({
      name: 'x.avi',
      code: 'format',
      ext: 'avi',
      formats: 'MP4, MOV',
    });
    expect(checkVideoFile({ name: 'video', size: 100 }, limits)).toMatchObject({ code: 'format', ext: '?' });
  });

  it('refuses an empty file and one over the size limit, but not one exactly at it', () => {
    expect(checkVideoFile({ name: 'x.mp4', size: 0 }, limits)).toEqual({ name: 'x.mp4', code: 'empty' });
    expect(checkVideoFile({ name: 'x.mp4', size: 500 * BYTES_PER_MB + 1 }, limits)).toEqual({
      name: 'x.mp4',
      code: 'tooLarge',
      bytes: 500 * BYTES_PER_MB + 1,
      maxMb: 500,
    });
    expect(checkVideoFile({ name: 'x.mp4', size: 500 * BYTES_PER_MB }, limits)).toBeNull();
  });

  it('refuses a clip longer than allowed when its duration is known, with a second of grace', () => {
    expect(checkVideoFile({ name: 'x.mp4', size: 1 }, limits, 301)).toBeNull();
    expect(checkVideoFile({ name: 'x.mp4', size: 1 }, limits, 302.5)).toEqual({
      name: 'x.mp4',
      code: 'tooLong',
      maxSeconds: 300,
      seconds: 302.5,
    });
    expect(checkVideoFile({ name: 'x.mp4', size: 1 }, limits, null)).toBeNull();
  });
});

describe('every problem names its file', () => {
  it('carries the name, so no message can show an empty «»', () => {
    const name = 'Clip đơn vị «Cải cách».MOV';
    for (const [size, duration] of [
      [0, null],
      [501 * BYTES_PER_MB, null],
      [1, 400],
    ] as const)
      expect(checkVideoFile({ name, size }, limits, duration)).toMatchObject({ name });
    expect(checkVideoFile({ name: 'bai-du-thi.wmv', size: 1 }, limits)).toMatchObject({
      name: 'bai-du-thi.wmv',
    });
  });
});

describe('formatList and acceptFor', () => {
  it('lists formats for people and for the file picker', () => {
    expect(formatList(['mp4', 'webm'])).toBe('MP4, WEBM');
    expect(acceptFor(['mp4', 'mov'])).toBe('video/*,.mp4,.mov');
  });
});
