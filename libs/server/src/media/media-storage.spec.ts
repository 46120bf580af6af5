import { EnvError, loadEnv } from '../config/env';
import { LocalDiskStorage } from './local-storage';
import { assertMediaKey, clampRange, MediaKeyError, MediaRangeError } from './media-keys';
import { createMediaStorage } from './media-storage';
import { S3Storage } from './s3-storage';

describe('assertMediaKey', () => {
  it.each(['entries/12/original-0f8fa1c2', 'entries/12/video-0f8f.mp4', 'entries/12/thumb-a_b.jpg', 'x'])(
    'accepts %s',
    (key) => expect(() => assertMediaKey(key)).not.toThrow(),
  );

  it.each([
    '',
    '../x',
    'a/../b',
    './a',
    '/abs',
    'a//b',
    'a/',
    'a b',
    'a\\b',
    'a%2f',
    'ả.mp4',
    'incoming/u1',
    'x'.repeat(513),
  ])('refuses %j', (key) => expect(() => assertMediaKey(key)).toThrow(MediaKeyError));
});

it('refuses a key longer than 512 characters', () => {
  expect(() => assertMediaKey(`entries/${'x'.repeat(505)}`)).toThrow(/longer than 512/);
});

describe('clampRange', () => {
  it('keeps an inner range, fills an open end and clamps a long one', () => {
    expect(clampRange({ start: 10, end: 19 }, 1000)).toEqual({ start: 10, end: 19 });
    expect(clampRange({ start: 990 }, 1000)).toEqual({ start: 990, end: 999 });
    expect(clampRange({ start: 0, end: 5000 }, 1000)).toEqual({ start: 0, end: 999 });
  });

  it('refuses a start past the end (416) and malformed ranges', () => {
    expect(() => clampRange({ start: 1000 }, 1000)).toThrow(MediaRangeError);
    expect(() => clampRange({ start: 0 }, 0)).toThrow(MediaRangeError);
    expect(() => clampRange({ start: -1 }, 1000)).toThrow(RangeError);
    expect(() => clampRange({ start: 20, end: 10 }, 1000)).toThrow(RangeError);
  });
});

describe('storage settings', () => {
  it('defaults to local storage under var/media', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      STORAGE_DRIVER: 'local',
      STORAGE_DIR: 'var/media',
      S3_REGION: 'us-east-1',
      S3_FORCE_PATH_STYLE: true,
      FFMPEG_PATH: 'ffmpeg',
      FFPROBE_PATH: 'ffprobe',
      VIDEO_MAX_HEIGHT: 720,
    });
    expect(createMediaStorage(env)).toBeInstanceOf(LocalDiskStorage);
  });

  it('stops start-up naming the missing S3 setting', () => {
    expect(() => loadEnv({ STORAGE_DRIVER: 's3', S3_ENDPOINT: 'http://minio:9000' })).toThrow(
      new EnvError('Invalid environment variable S3_BUCKET=undefined: required when STORAGE_DRIVER=s3'),
    );
    expect(() => loadEnv({ STORAGE_DRIVER: 's3', S3_BUCKET: 'media' })).toThrow(
      /^Invalid environment variable S3_ENDPOINT=/,
    );
    expect(() => loadEnv({ STORAGE_DRIVER: 's3', S3_BUCKET: 'media', S3_ENDPOINT: 'minio' })).toThrow(
      /S3_ENDPOINT="minio"/,
    );
  });

  it('builds an S3 store when the bucket is configured', () => {
    const env = loadEnv({
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: 'http://minio:9000',
      S3_BUCKET: 'media',
      S3_FORCE_PATH_STYLE: 'false',
    });
    expect(env.S3_FORCE_PATH_STYLE).toBe(false);
    const storage = createMediaStorage(env);
    expect(storage).toBeInstanceOf(S3Storage);
    expect(storage.kind).toBe('s3');
  });
});
