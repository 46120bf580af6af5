import { type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { GetObjectCommand, ListMultipartUploadsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';

import { killNow, makeTestVideo, pollUntil, startWorkerInProcess, testDb } from '@contest/server/testing';

import { startCephS3, type CephS3 } from './test-support/ceph-s3';
import { clipUploader, startApiCopy } from './test-support/upload-copies';

// S3's smallest multipart part: a request that ends with this much received is stored as a part.
const WHOLE_PART = 5 * 1024 * 1024;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Two api processes on one S3-compatible bucket (Ceph's gateway) and one Redis, each with its own
 * STORAGE_DIR and temp folder: an upload begun through one copy is continued through the other,
 * while the first holds it (asked to let go, it stores what it received) and after the first was
 * killed (what it held in its temp folder dies with it; the client resends from what the bucket
 * has). Each finished clip lands at its media key, whole, with none of its upload's objects left,
 * and is processed by a worker that shares nothing but the bucket.
 */
describe('uploads any api copy can finish, in an S3 bucket', () => {
  let db: DataSource;
  let work: string;
  let s3: CephS3;
  let worker: INestApplicationContext;
  const copies: ChildProcess[] = [];
  const urls: string[] = [];
  let uploads: Awaited<ReturnType<typeof clipUploader>>;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'upload-copies-s3-'));
    s3 = await startCephS3(join(work, 'ceph'));
    db = await testDb();
    for (const copy of ['a', 'b']) {
      await mkdir(join(work, `tmp-${copy}`));
      const own = { STORAGE_DIR: join(work, `media-${copy}`), TMPDIR: join(work, `tmp-${copy}`) };
      urls.push(await startApiCopy(copies, { ...s3.env, ...own }));
    }
    worker = await startWorkerInProcess({ ...s3.env, STORAGE_DIR: join(work, 'media-worker') });
    uploads = await clipUploader(db, urls[0], 20, 'QA-S07');
  }, 240_000);
  afterAll(async () => {
    await Promise.all(copies.map(killNow));
    await worker?.close();
    await db?.destroy();
    await s3?.stop();
    await rm(work, { recursive: true, force: true });
  });

  const clip = async (name: string, options: Parameters<typeof makeTestVideo>[1]) => {
    await makeTestVideo(join(work, name), options);
    return readFile(join(work, name));
  };
  /** The most bytes a file in copy `copy`'s temp folder has: tus's S3 store gathers a part there. */
  const heldInTemp = async (copy: string) => {
    const dir = join(work, `tmp-${copy}`);
    const files = await readdir(dir);
    const sizes = await Promise.all(
      files.map(async (f) => (await stat(join(dir, f)).catch(() => null))?.size ?? 0),
    );
    return Math.max(0, ...sizes);
  };
  const bucketKeys = async () =>
    ((await s3.client.send(new ListObjectsV2Command({ Bucket: s3.bucket }))).Contents ?? []).map(
      (o) => o.Key!,
    );
  const objectsOf = async (id: string) => (await bucketKeys()).filter((key) => key.startsWith(id)).sort();
  const multipartUploads = async () =>
    (await s3.client.send(new ListMultipartUploadsCommand({ Bucket: s3.bucket }))).Uploads ?? [];
  /** The original whole at its media key, nothing of the upload left in the bucket, then processed from it. */
  const expectStoredAndProcessed = async (entryId: number, id: string, file: Buffer) => {
    const [row] = await db.query(`SELECT original_key AS key FROM entry_files WHERE upload_id = $1`, [id]);
    expect(row.key).toBe(`entries/${entryId}/original-${id}`);
    const stored = await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: row.key }));
    expect(sha256(await stored.Body!.transformToByteArray())).toBe(sha256(file));
    expect((await bucketKeys()).filter((key) => !key.startsWith('entries/'))).toEqual([]);
    expect(await multipartUploads()).toEqual([]);
    const processed = await pollUntil(async () => {
      const [settled] = await db.query(`SELECT status, sha256 FROM entry_files WHERE upload_id = $1`, [id]);
      return settled.status === 'ready' && settled;
    }, 'the clip to be processed from the bucket');
    expect(processed.sha256).toBe(sha256(file));
  };

  it('finishes through the second copy what the first began, taking the upload from a stalled request', async () => {
    const file = await clip('small.mp4', { seconds: 2 });
    const { entryId, id, path } = await uploads.begin(urls[0], file.length, 'Bắt đầu ở máy A, xong ở máy B');
    const half = Math.floor(file.length / 2);
    const held = uploads.stalledPatch(urls[0], path, 0, file.subarray(0, half));
    await pollUntil(async () => (await heldInTemp('a')) >= half, "the first half in copy A's temp folder");

    // Copy B asks copy A to let go; A stores the bytes it received (short of a part) in the bucket.
    const askedAt = Date.now();
    const offset = await uploads.offsetAt(urls[1], path);
    expect(Date.now() - askedAt).toBeLessThan(5_000);
    expect(offset).toBe(half);
    expect(await bucketKeys()).toContain(`${id}.part`);
    held.stall();
    await held.response;
    const done = await uploads.patch(urls[1], path, offset, file.subarray(offset));
    expect(done.status).toBe(204);
    expect(done.headers.get('upload-offset')).toBe(String(file.length));
    await expectStoredAndProcessed(entryId, id, file);
  });

  it('takes a file sent whole with its creation', async () => {
    const file = await clip('whole.mp4', { seconds: 1 });
    const entryId = await uploads.draft('Gửi cả tệp một lần');
    // Its response is written after the upload left tus's store for its media key.
    const { id, offset } = await uploads.create(urls[1], entryId, file.length, file);
    expect(offset).toBe(file.length);
    await expectStoredAndProcessed(entryId, id, file);
  });

  it('drops every object of an upload that a new one supersedes, or that its sender ends', async () => {
    const entryId = await uploads.draft('Tải lại từ đầu');
    const left = await uploads.create(urls[1], entryId, 64 * 1024);
    expect((await uploads.patch(urls[1], left.path, 0, randomBytes(1024))).status).toBe(204);
    expect(await objectsOf(left.id)).toEqual([`${left.id}.info`, `${left.id}.part`]);
    const fresh = await uploads.create(urls[1], entryId, 64 * 1024);
    expect(await objectsOf(left.id)).toEqual([]);
    expect((await uploads.terminate(urls[1], fresh.path)).status).toBe(204);
    expect(await objectsOf(fresh.id)).toEqual([]);
    expect(await multipartUploads()).toEqual([]);
  });

  it('finishes through the second copy an upload whose copy was killed mid-request, from the part the bucket has', async () => {
    const file = await clip('grainy.mp4', { seconds: 3, size: '640x480', grain: true });
    const more = 300 * 1024;
    expect(file.length).toBeGreaterThan(WHOLE_PART + more);
    const { entryId, id, path } = await uploads.begin(urls[0], file.length, 'Máy A tắt giữa chừng');
    const first = await uploads.patch(urls[0], path, 0, file.subarray(0, WHOLE_PART));
    expect(first.status).toBe(204);
    const held = uploads.stalledPatch(
      urls[0],
      path,
      WHOLE_PART,
      file.subarray(WHOLE_PART, WHOLE_PART + more),
    );
    await pollUntil(async () => (await heldInTemp('a')) >= more, "the next bytes in copy A's temp folder");
    await killNow(copies[0]);
    held.stall();
    await held.response;

    // The dead copy's lock runs out (its lease), then copy B takes the upload from the whole part
    // the bucket has: the bytes copy A held in its temp folder died with it.
    const offset = await uploads.offsetAt(urls[1], path);
    expect(offset).toBe(WHOLE_PART);
    const done = await uploads.patch(urls[1], path, offset, file.subarray(offset));
    expect(done.status).toBe(204);
    await expectStoredAndProcessed(entryId, id, file);
  });
});
