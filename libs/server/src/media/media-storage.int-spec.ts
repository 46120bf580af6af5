import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

import { LocalDiskStorage } from './local-storage';
import { MediaKeyError, MediaNotFoundError, MediaRangeError } from './media-keys';
import type { MediaStorage } from './media-storage';
import { S3Storage } from './s3-storage';

interface S3rverInstance {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver') as new (options: Record<string, unknown>) => S3rverInstance;

const KNOWN = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));
const BAD_KEYS = [
  '',
  '../x',
  'entries/../../etc/passwd',
  '/abs',
  'a//b',
  'a/',
  'a b',
  'é.mp4',
  'a\\b',
  'incoming/x',
  '.',
];

let work: string;
let s3: { server: S3rverInstance; endpoint: string };

async function bytesOf(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function sourceFile(name: string, bytes: Buffer = KNOWN): Promise<string> {
  const path = join(work, 'sources', name);
  await writeFile(path, bytes);
  return path;
}

function s3Storage(extra: Partial<ConstructorParameters<typeof S3Storage>[0]> = {}): S3Storage {
  return new S3Storage({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    bucket: 'media',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
    tempDir: join(work, 's3-temp'),
    ...extra,
  });
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'media-storage-'));
  await Promise.all(['sources', 's3rver', 's3-temp'].map((d) => mkdir(join(work, d))));
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: join(work, 's3rver'),
    configureBuckets: [{ name: 'media' }],
  });
  const { port } = await server.run();
  s3 = { server, endpoint: `http://127.0.0.1:${port}` };
});

afterAll(async () => {
  await s3?.server.close();
  await rm(work, { recursive: true, force: true });
});

describe.each([
  ['local', (): MediaStorage => new LocalDiskStorage(join(work, 'local'))],
  ['s3', (): MediaStorage => s3Storage()],
])('%s storage', (kind, make) => {
  let storage: MediaStorage;
  beforeAll(() => {
    storage = make();
  });

  it('names its kind and answers ping', async () => {
    expect(storage.kind).toBe(kind);
    await expect(storage.ping()).resolves.toBeUndefined();
  });

  it('stores a file, keeps the source, and reads it back whole with its type', async () => {
    const source = await sourceFile(`${kind}-put`);
    await storage.putFile('entries/12/video-a.mp4', source, 'video/mp4');
    expect(existsSync(source)).toBe(true);
    const object = await storage.read('entries/12/video-a.mp4');
    expect(object).toMatchObject({ size: 1000, contentType: 'video/mp4' });
    expect(object?.range).toBeUndefined();
    expect(await bytesOf(object!.body)).toEqual(KNOWN);
    expect(await storage.size('entries/12/video-a.mp4')).toBe(1000);
  });

  it('keeps the content type it was given, whatever the key', async () => {
    await storage.putFile('entries/12/original-b', await sourceFile(`${kind}-orig`), 'video/quicktime');
    const object = await storage.read('entries/12/original-b');
    expect(object?.contentType).toBe('video/quicktime');
    object?.body.destroy();
  });

  it('overwrites an existing key', async () => {
    const other = Buffer.from('a shorter second version');
    await storage.putFile('entries/12/thumb-c.jpg', await sourceFile(`${kind}-c1`), 'image/jpeg');
    await storage.putFile('entries/12/thumb-c.jpg', await sourceFile(`${kind}-c2`, other), 'image/jpeg');
    expect(await bytesOf((await storage.read('entries/12/thumb-c.jpg'))!.body)).toEqual(other);
    expect(await storage.size('entries/12/thumb-c.jpg')).toBe(other.length);
  });

  it('reads bytes 10–19 inclusive, with the whole size beside them', async () => {
    await storage.putFile('entries/13/video-d.mp4', await sourceFile(`${kind}-d`), 'video/mp4');
    const object = await storage.read('entries/13/video-d.mp4', { start: 10, end: 19 });
    expect(object).toMatchObject({ size: 1000, range: { start: 10, end: 19 }, contentType: 'video/mp4' });
    expect(await bytesOf(object!.body)).toEqual(KNOWN.subarray(10, 20));
  });

  it('reads an open-ended range and clamps an end past the object', async () => {
    const tail = await storage.read('entries/13/video-d.mp4', { start: 990 });
    expect(tail?.range).toEqual({ start: 990, end: 999 });
    expect(await bytesOf(tail!.body)).toEqual(KNOWN.subarray(990));
    const clamped = await storage.read('entries/13/video-d.mp4', { start: 995, end: 5000 });
    expect(clamped?.range).toEqual({ start: 995, end: 999 });
    expect(await bytesOf(clamped!.body)).toEqual(KNOWN.subarray(995));
  });

  it('refuses a range starting past the end with the object size (HTTP 416)', async () => {
    const failure = storage.read('entries/13/video-d.mp4', { start: 1000 });
    await expect(failure).rejects.toBeInstanceOf(MediaRangeError);
    await expect(failure).rejects.toMatchObject({ objectSize: 1000 });
  });

  it('answers null for an absent key', async () => {
    expect(await storage.read('entries/404/video-none.mp4')).toBeNull();
    expect(await storage.read('entries/404/video-none.mp4', { start: 0, end: 9 })).toBeNull();
    expect(await storage.size('entries/404/video-none.mp4')).toBeNull();
    // A "folder" is not an object.
    expect(await storage.size('entries/13')).toBeNull();
  });

  it('deletes keys, absent ones included', async () => {
    await storage.putFile('entries/14/video-e.mp4', await sourceFile(`${kind}-e`), 'video/mp4');
    await storage.putFile('entries/14/thumb-e.jpg', await sourceFile(`${kind}-e2`), 'image/jpeg');
    await storage.delete(['entries/14/video-e.mp4', 'entries/14/thumb-e.jpg', 'entries/14/never-there']);
    expect(await storage.size('entries/14/video-e.mp4')).toBeNull();
    expect(await storage.read('entries/14/thumb-e.jpg')).toBeNull();
    await expect(storage.delete([])).resolves.toBeUndefined();
  });

  it('lends a local copy holding the bytes, and the object outlives its release', async () => {
    await storage.putFile('entries/15/original-f', await sourceFile(`${kind}-f`), 'application/octet-stream');
    const copy = await storage.localCopy('entries/15/original-f');
    expect(await readFile(copy.path)).toEqual(KNOWN);
    await copy.release();
    if (kind === 's3') expect(existsSync(copy.path)).toBe(false);
    expect(await storage.size('entries/15/original-f')).toBe(1000);
    await expect(storage.localCopy('entries/404/original-none')).rejects.toBeInstanceOf(MediaNotFoundError);
  });

  it('moves a file in: the source is gone, the object is there', async () => {
    const source = await sourceFile(`${kind}-move`);
    await storage.moveFile('entries/16/original-g', source, 'application/octet-stream');
    expect(existsSync(source)).toBe(false);
    expect(await bytesOf((await storage.read('entries/16/original-g'))!.body)).toEqual(KNOWN);
  });

  it.each(BAD_KEYS)('refuses the key %j everywhere', async (key) => {
    const source = await sourceFile(`${kind}-bad`);
    await expect(storage.putFile(key, source, 'video/mp4')).rejects.toBeInstanceOf(MediaKeyError);
    await expect(storage.moveFile(key, source, 'video/mp4')).rejects.toBeInstanceOf(MediaKeyError);
    await expect(storage.read(key)).rejects.toBeInstanceOf(MediaKeyError);
    await expect(storage.size(key)).rejects.toBeInstanceOf(MediaKeyError);
    await expect(storage.delete(['entries/1/ok', key])).rejects.toBeInstanceOf(MediaKeyError);
    await expect(storage.localCopy(key)).rejects.toBeInstanceOf(MediaKeyError);
    expect(existsSync(source)).toBe(true);
  });
});

describe('local storage on disk', () => {
  it('leaves only the object and its type file, and nothing outside the root', async () => {
    const root = join(work, 'local-layout');
    const storage = new LocalDiskStorage(root);
    await storage.putFile('entries/20/video-h.mp4', await sourceFile('layout'), 'video/mp4');
    await storage.moveFile('entries/20/thumb-h.jpg', await sourceFile('layout2'), 'image/jpeg');
    expect((await readdir(join(root, 'entries/20'))).sort()).toEqual([
      'thumb-h.jpg',
      'thumb-h.jpg~type',
      'video-h.mp4',
      'video-h.mp4~type',
    ]);
    expect(await readdir(root)).toEqual(['entries']);
  });

  it('falls back to the extension when a file was put there by hand', async () => {
    const root = join(work, 'local-by-hand');
    const storage = new LocalDiskStorage(root);
    await storage.putFile('entries/21/x.mp4', await sourceFile('hand'), 'video/mp4');
    await rm(join(root, 'entries/21/x.mp4~type'));
    const object = await storage.read('entries/21/x.mp4');
    expect(object?.contentType).toBe('video/mp4');
    object?.body.destroy();
  });
});

describe('s3 storage specifics', () => {
  it('uploads a large file in parts and reads back the same bytes', async () => {
    const storage = s3Storage({ multipartThresholdBytes: 6 * 1024 * 1024, partSizeBytes: 5 * 1024 * 1024 });
    const big = randomBytes(12 * 1024 * 1024 + 123);
    await storage.putFile('entries/30/video-big.mp4', await sourceFile('big', big), 'video/mp4');
    expect(await storage.size('entries/30/video-big.mp4')).toBe(big.length);
    const object = await storage.read('entries/30/video-big.mp4');
    expect(object?.contentType).toBe('video/mp4');
    const digest = createHash('sha256')
      .update(await bytesOf(object!.body))
      .digest('hex');
    expect(digest).toBe(createHash('sha256').update(big).digest('hex'));
    const slice = await storage.read('entries/30/video-big.mp4', {
      start: 5 * 1024 * 1024 - 5,
      end: 5 * 1024 * 1024 + 4,
    });
    expect(await bytesOf(slice!.body)).toEqual(big.subarray(5 * 1024 * 1024 - 5, 5 * 1024 * 1024 + 5));
  });

  it('fails ping for a bucket that does not exist', async () => {
    await expect(s3Storage({ bucket: 'no-such-bucket' }).ping()).rejects.toThrow();
  });

  it('surfaces a missing bucket instead of calling the object absent', async () => {
    await expect(s3Storage({ bucket: 'no-such-bucket' }).read('entries/1/x.mp4')).rejects.toThrow();
  });
});
