import { type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

import type { DataSource } from 'typeorm';

import type { Entry, Track } from '@contest/contracts';
import {
  ApiClient,
  createUser,
  exitOf,
  outputOf,
  pollUntil,
  spawnApi,
  TEST_ENV,
  testDb,
  freePort,
} from '@contest/server/testing';

import { linkCallSettings } from './test-support/contests';

/** A PATCH whose body sends `bytes` and then waits, as a phone's upload does when the line stalls. */
function stalledPatch(url: string, cookie: string, offset: number, bytes: Buffer) {
  let stall!: () => void;
  const stalled = new Promise<void>((resolve) => (stall = resolve));
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes));
    },
    // Never closes: the request stays open until the server ends it or the test is done.
    pull: () => stalled,
  });
  const response = fetch(url, {
    method: 'PATCH',
    headers: tusHeaders(cookie, {
      'upload-offset': String(offset),
      'content-type': 'application/offset+octet-stream',
    }),
    body,
    duplex: 'half',
  } as RequestInit).catch(() => null);
  return { response, stall };
}

const tusHeaders = (cookie: string, more: Record<string, string> = {}) => ({
  'tus-resumable': '1.0.0',
  cookie,
  ...more,
});

/**
 * Two api processes on one shared media folder and one Redis: an upload begun through one copy is
 * continued through the other, while the first holds it (asked to let go) and after the first
 * was killed (its lock expires); the finished file is whole.
 */
describe('uploads any api copy can finish', () => {
  let db: DataSource;
  const copies: ChildProcess[] = [];
  const urls: string[] = [];
  let cookie: string;
  let track: Track;
  let admin: ApiClient;

  const startCopy = async () => {
    const port = await freePort();
    const child = spawnApi(port);
    copies.push(child);
    const url = `http://127.0.0.1:${port}`;
    await pollUntil(
      async () => (await fetch(`${url}/api/health`).catch(() => null))?.ok,
      `an api copy to answer (${outputOf(child)})`,
    );
    return url;
  };

  beforeAll(async () => {
    db = await testDb();
    urls.push(await startCopy(), await startCopy());
    const organizer = new ApiClient(urls[0]);
    const o = await createUser(db, { role: 'organizer' });
    await organizer.login(o.login, o.password);
    const [{ id: contestId }] = await db.query('SELECT min(id) AS id FROM contests');
    const created = await organizer.post<Track>(`/contests/${contestId}/tracks`, {
      kind: 'clip',
      settings: {
        ...linkCallSettings('Clip qua nhiều máy chủ', 10),
        topics: ['Cải cách hành chính'],
        allowFiles: true,
        allowLinks: false,
        maxMegabytes: 2,
        maxDurationSeconds: 60,
      },
    });
    expect(created.status).toBe(201);
    track = created.body;
    const a = await createUser(db, { role: 'unit_admin', unitCode: 'QA-S05' });
    admin = new ApiClient(urls[0]);
    await admin.login(a.login, a.password);
    cookie = admin.sessionCookie!;
  });
  afterAll(async () => {
    await Promise.all(
      copies.map(async (child) => {
        const exited = exitOf(child);
        child.kill('SIGKILL');
        await exited;
      }),
    );
    await db.destroy();
  });

  /** A draft entry and a new upload of `file` created through `base`; the upload's URL. */
  const begin = async (base: string, file: Buffer, title: string) => {
    const entry = (
      await admin.post<Entry>(`/tracks/${track.id}/entries`, {
        title,
        description: 'Một clip tải qua hai máy chủ',
        topic: 'Cải cách hành chính',
        authors: ['Nguyễn Văn An'],
        linkUrl: null,
      })
    ).body;
    const meta = { entryId: String(entry.id), filename: 'clip.mp4', filetype: 'video/mp4' };
    const created = await fetch(`${base}/api/uploads`, {
      method: 'POST',
      headers: tusHeaders(cookie, {
        'upload-length': String(file.length),
        'upload-metadata': Object.entries(meta)
          .map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`)
          .join(','),
      }),
    });
    expect(created.status).toBe(201);
    const id = created.headers.get('location')!.split('/').pop()!;
    return { entryId: entry.id, id, path: `/api/uploads/${id}` };
  };
  const offsetAt = async (base: string, path: string) => {
    const head = await fetch(`${base}${path}`, { method: 'HEAD', headers: tusHeaders(cookie) });
    expect(head.status).toBe(200);
    return Number(head.headers.get('upload-offset'));
  };
  const patch = (base: string, path: string, offset: number, bytes: Buffer) =>
    fetch(`${base}${path}`, {
      method: 'PATCH',
      headers: tusHeaders(cookie, {
        'upload-offset': String(offset),
        'content-type': 'application/offset+octet-stream',
      }),
      body: new Uint8Array(bytes),
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
    const { entryId, id, path } = await begin(urls[0], file, 'Bắt đầu ở máy A, xong ở máy B');
    const half = 256 * 1024;
    const held = stalledPatch(`${urls[0]}${path}`, cookie, 0, file.subarray(0, half));
    await pollUntil(async () => (await bytesOnDisk(id)) >= half, 'the first half on disk through copy A');

    // Copy B asks copy A (through Redis) to let go of the upload, then reads where it stands.
    const askedAt = Date.now();
    const offset = await offsetAt(urls[1], path);
    expect(Date.now() - askedAt).toBeLessThan(5_000);
    expect(offset).toBe(half);
    // The stalled request on copy A was ended by its server, not by its sender.
    const ended = await Promise.race([
      held.response.then(() => 'ended by copy A'),
      new Promise((resolve) => setTimeout(() => resolve('still open'), 5_000)),
    ]);
    expect(ended).toBe('ended by copy A');
    held.stall();
    const done = await patch(urls[1], path, offset, file.subarray(offset));
    expect(done.status).toBe(204);
    expect(done.headers.get('upload-offset')).toBe(String(file.length));
    await expectStoredWhole(entryId, id, file);
  });

  it('finishes through the second copy an upload whose copy was killed mid-request', async () => {
    const file = randomBytes(700 * 1024);
    const { entryId, id, path } = await begin(urls[0], file, 'Máy A tắt giữa chừng');
    const part = 300 * 1024;
    const held = stalledPatch(`${urls[0]}${path}`, cookie, 0, file.subarray(0, part));
    await pollUntil(async () => (await bytesOnDisk(id)) >= part, 'the first part on disk through copy A');
    const first = copies[0];
    const exited = exitOf(first);
    first.kill('SIGKILL');
    await exited;
    held.stall();
    await held.response;

    // The dead copy's lock runs out (its lease), then copy B takes the upload where the disk has it.
    const offset = await offsetAt(urls[1], path);
    expect(offset).toBe(part);
    const done = await patch(urls[1], path, offset, file.subarray(offset));
    expect(done.status).toBe(204);
    await expectStoredWhole(entryId, id, file);
  });
});
