import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { INestApplicationContext } from '@nestjs/common';
import * as tus from 'tus-js-client';
import type { DataSource } from 'typeorm';

import type { Entry, Track } from '@contest/contracts';
import { createUser, makeTestVideo, pollUntil, startWorkerInProcess, testDb } from '@contest/server/testing';

import { startApi, type RunningApi } from './test-support/start-api';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver') as new (options: Record<string, unknown>) => {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
};

/**
 * The same upload → processing → playback path with STORAGE_DRIVER=s3, against s3rver (a real
 * S3-compatible server from the npm registry): the api and the worker share nothing but the bucket.
 */
describe('clip media in an S3-compatible bucket', () => {
  let db: DataSource;
  let api: RunningApi;
  let worker: INestApplicationContext;
  let work: string;
  let s3: InstanceType<typeof S3rver>;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'clip-s3-'));
    s3 = new S3rver({
      port: 0,
      address: '127.0.0.1',
      silent: true,
      directory: join(work, 'bucket'),
      configureBuckets: [{ name: 'media' }],
    });
    const { port } = await s3.run();
    const env = {
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_BUCKET: 'media',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    };
    db = await testDb();
    // Each process has its own scratch folder: only the bucket is shared.
    api = await startApi({ ...env, STORAGE_DIR: join(work, 'api') });
    worker = await startWorkerInProcess({ ...env, STORAGE_DIR: join(work, 'worker') });
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
    await db.destroy();
    await s3.close();
    await rm(work, { recursive: true, force: true });
  });

  it('stores the original, the web copy and the thumbnail in the bucket and plays them from there', async () => {
    const o = await createUser(db, { role: 'organizer' });
    const organizer = api.client();
    await organizer.login(o.login, o.password);
    const [{ id: contestId }] = await db.query('SELECT min(id) AS id FROM contests');
    const track = (
      await organizer.post<Track>(`/contests/${contestId}/tracks`, {
        kind: 'clip',
        settings: {
          title: 'Clip lưu trên S3',
          rulesText: '',
          opensAt: new Date(Date.now() - 60_000).toISOString(),
          closesAt: new Date(Date.now() + 3600_000).toISOString(),
          submitter: 'unit_admin',
          entriesPerUnit: 1,
          topics: [],
          allowFiles: true,
          allowLinks: false,
          maxMegabytes: 10,
          maxDurationSeconds: 60,
          formats: ['mp4'],
        },
      })
    ).body;
    const a = await createUser(db, { role: 'unit_admin', unitCode: 'QA-S06' });
    const admin = api.client();
    await admin.login(a.login, a.password);
    const entry = (
      await admin.post<Entry>(`/tracks/${track.id}/entries`, {
        title: 'Một cửa điện tử',
        description: '',
        topic: null,
        authors: ['Nguyễn Văn An'],
        linkUrl: null,
      })
    ).body;
    await makeTestVideo(join(work, 'clip.mp4'), { seconds: 2 });
    const clip = await readFile(join(work, 'clip.mp4'));
    await new Promise<void>((resolve, reject) =>
      new tus.Upload(clip, {
        endpoint: `${api.url}/api/uploads`,
        metadata: { entryId: String(entry.id), filename: 'clip.mp4' },
        headers: { cookie: admin.sessionCookie! },
        chunkSize: 32 * 1024,
        retryDelays: null,
        storeFingerprintForResuming: false,
        onSuccess: () => resolve(),
        onError: reject,
      }).start(),
    );
    const ready = await pollUntil(async () => {
      const e = (await admin.get<Entry>(`/entries/${entry.id}`)).body;
      return e.file?.status === 'ready' ? e : null;
    }, 'the clip to be processed from the bucket');
    const part = await fetch(`${api.url}${ready.videoUrl}`, {
      headers: { range: 'bytes=4-7', cookie: admin.sessionCookie! },
    });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer()).toString()).toBe('ftyp');
    const keys = await readdir(join(work, 'bucket', 'media', 'entries', String(entry.id)));
    expect(
      keys
        .filter((k) => !k.startsWith('.'))
        .map((k) => k.replace(/[0-9a-f]{32}/, 'ID').replace(/^\d+-/, 'N-')),
    ).toEqual(
      expect.arrayContaining([
        'N-thumb.jpg._S3rver_object',
        'N-video.mp4._S3rver_object',
        'original-ID._S3rver_object',
      ]),
    );
    // Nothing stays in the api's own upload folder once the file is in the bucket.
    expect((await readdir(join(work, 'api', 'incoming'))).filter((f) => !f.endsWith('.json'))).toEqual([]);
  });
});
