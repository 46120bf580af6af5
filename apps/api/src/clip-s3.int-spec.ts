import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ListMultipartUploadsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { INestApplicationContext } from '@nestjs/common';
import * as tus from 'tus-js-client';
import type { DataSource } from 'typeorm';

import type { Entry, Track } from '@contest/contracts';
import { createUser, makeTestVideo, pollUntil, startWorkerInProcess, testDb } from '@contest/server/testing';

import { startCephS3, type CephS3 } from './test-support/ceph-s3';
import { startApi, type RunningApi } from './test-support/start-api';

/**
 * The same upload → processing → playback path with STORAGE_DRIVER=s3, against Ceph's S3 gateway
 * (see ceph-s3.ts): the api and the worker share nothing but the bucket, uploads in progress
 * included.
 */
describe('clip media in an S3-compatible bucket', () => {
  let db: DataSource;
  let api: RunningApi;
  let worker: INestApplicationContext;
  let work: string;
  let s3: CephS3;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'clip-s3-'));
    s3 = await startCephS3(join(work, 'ceph'));
    db = await testDb();
    // Each process has its own scratch folder: only the bucket is shared.
    api = await startApi({ ...s3.env, STORAGE_DIR: join(work, 'api') });
    worker = await startWorkerInProcess({ ...s3.env, STORAGE_DIR: join(work, 'worker') });
  }, 240_000);

  afterAll(async () => {
    await worker.close();
    await api.close();
    await db.destroy();
    await s3.stop();
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
    const listed = await s3.client.send(new ListObjectsV2Command({ Bucket: s3.bucket }));
    expect(
      (listed.Contents ?? [])
        .map((o) => o.Key!.replace(/[0-9a-f]{32}/, 'ID').replace(/\/\d+-/, '/N-'))
        .sort(),
    ).toEqual([
      `entries/${entry.id}/N-thumb.jpg`,
      `entries/${entry.id}/N-video.mp4`,
      `entries/${entry.id}/original-ID`,
    ]);
    // The upload left nothing in the bucket beside the media, and the api needed no folder of its own.
    const inProgress = await s3.client.send(new ListMultipartUploadsCommand({ Bucket: s3.bucket }));
    expect(inProgress.Uploads ?? []).toEqual([]);
    expect(await stat(join(work, 'api')).catch(() => null)).toBeNull();
  });
});
