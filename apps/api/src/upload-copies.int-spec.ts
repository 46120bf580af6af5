import { type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

import type { DataSource } from 'typeorm';

import { killNow, pollUntil, TEST_ENV, testDb } from '@contest/server/testing';

import { clipUploader, startApiCopy } from './test-support/upload-copies';

/**
 * Two api processes on one shared media folder and one Redis: an upload begun through one copy is
 * continued through the other, while the first holds it (asked to let go) and after the first
 * was killed (its lock expires); the finished file is whole.
 */
describe('uploads any api copy can finish', () => {
  let db: DataSource;
  const copies: ChildProcess[] = [];
  const urls: string[] = [];
  let uploads: Awaited<ReturnType<typeof clipUploader>>;

  beforeAll(async () => {
    db = await testDb();
    urls.push(await startApiCopy(copies), await startApiCopy(copies));
    uploads = await clipUploader(db, urls[0], 2, 'QA-S05');
  });
  afterAll(async () => {
    await Promise.all(copies.map(killNow));
    await db.destroy();
  });

  const bytesOnDisk = async (id: string) =>
    (await stat(join(TEST_ENV.STORAGE_DIR, 'incoming', id)).catch(() => null))?.size ?? 0;
  /** The finished upload is queued for processing and stored whole. */
  const expectStoredWhole = async (entryId: number, id: string, file: Buffer) => {
    const [row] = await db.query(
      `SELECT status, original_key AS key FROM entry_files WHERE upload_id = $1 AND entry_id = $2`,
      [id, entryId],
    );
    expect(row.status).toBe('processing');
    const stored = await readFile(join(TEST_ENV.STORAGE_DIR, row.key));
    expect(createHash('sha256').update(stored).digest('hex')).toBe(
      createHash('sha256').update(file).digest('hex'),
    );
  };

  it('finishes through the second copy what the first began, taking the upload from a stalled request', async () => {
    const file = randomBytes(600 * 1024);
    const { entryId, id, path } = await uploads.begin(urls[0], file.length, 'Bắt đầu ở máy A, xong ở máy B');
    const half = 256 * 1024;
    const held = uploads.stalledPatch(urls[0], path, 0, file.subarray(0, half));
    await pollUntil(async () => (await bytesOnDisk(id)) >= half, 'the first half on disk through copy A');

    // Copy B asks copy A (through Redis) to let go of the upload, then reads where it stands.
    const askedAt = Date.now();
    const offset = await uploads.offsetAt(urls[1], path);
    expect(Date.now() - askedAt).toBeLessThan(5_000);
    expect(offset).toBe(half);
    // The stalled request on copy A was ended by its server, not by its sender.
    const ended = await Promise.race([
      held.response.then(() => 'ended by copy A'),
      new Promise((resolve) => setTimeout(() => resolve('still open'), 5_000)),
    ]);
    expect(ended).toBe('ended by copy A');
    held.stall();
    const done = await uploads.patch(urls[1], path, offset, file.subarray(offset));
    expect(done.status).toBe(204);
    expect(done.headers.get('upload-offset')).toBe(String(file.length));
    await expectStoredWhole(entryId, id, file);
  });

  it('finishes through the second copy an upload whose copy was killed mid-request', async () => {
    const file = randomBytes(700 * 1024);
    const { entryId, id, path } = await uploads.begin(urls[0], file.length, 'Máy A tắt giữa chừng');
    const part = 300 * 1024;
    const held = uploads.stalledPatch(urls[0], path, 0, file.subarray(0, part));
    await pollUntil(async () => (await bytesOnDisk(id)) >= part, 'the first part on disk through copy A');
    await killNow(copies[0]);
    held.stall();
    await held.response;

    // The dead copy's lock runs out (its lease), then copy B takes the upload where the disk has it.
    const offset = await uploads.offsetAt(urls[1], path);
    expect(offset).toBe(part);
    const done = await uploads.patch(urls[1], path, offset, file.subarray(offset));
    expect(done.status).toBe(204);
    await expectStoredWhole(entryId, id, file);
  });
});
